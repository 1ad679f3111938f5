import type { Metadata } from "next";
import { z } from "zod";
import { ActionForm } from "@/app/_components/action-form";
import { SetQuestionCard } from "@/app/_components/set-question-card";
import { SetUsageNotice } from "@/app/_components/set-usage-notice";
import {
  duplicateQuestionSetAction,
  updateQuestionSetAction,
} from "@/app/_server/actions/set-actions";
import { requireUser } from "@/app/_server/current-user";
import { listArticles } from "@/app/_server/data/articles/list-articles";
import {
  countQuestionsForSetBuilder,
  listQuestionsForSetBuilder,
  SET_QUESTION_TYPES,
} from "@/app/_server/data/sets/list-questions-for-set-builder";
import { getQuestionSet } from "@/app/_server/data/sets/question-sets";
import { getSetUsage } from "@/app/_server/data/sets/set-usage";
import { orNotFound } from "@/app/_server/page-guard";

export const metadata: Metadata = { title: "Set builder" };

const list = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : [v].flat()));
const number = z
  .string()
  .optional()
  .transform((v) =>
    v === undefined || v === "" || Number.isNaN(Number(v))
      ? null
      : Math.min(1, Math.max(0, Number(v))),
  );
const searchSchema = z.object({
  article: list,
  type: list,
  min: number,
  max: number,
  q: z.string().optional().default(""),
});
const typeLabels: Record<string, string> = {
  cloze: "Cloze",
  multiple_choice: "Multiple choice",
  true_false: "True/false",
  short_answer: "Short answer",
  numeric: "Number",
};

export default async function SetBuilderPage(props: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  const { id } = await props.params;
  const search = searchSchema.parse(await props.searchParams);
  const actor = await requireUser("teacher");
  const set = await orNotFound(getQuestionSet({ actor, setId: id }));
  const types = search.type.filter((t) => (SET_QUESTION_TYPES as readonly string[]).includes(t));
  const filter = {
    articleIds: search.article,
    types,
    minDifficulty: search.min,
    maxDifficulty: search.max,
    search: search.q.slice(0, 200),
  };
  const [articles, picked, found, foundCount, usage] = await Promise.all([
    listArticles({ actor }),
    set.questionIds.length > 0
      ? listQuestionsForSetBuilder({ actor, filter: { questionIds: set.questionIds, limit: 200 } })
      : [],
    listQuestionsForSetBuilder({ actor, filter }),
    countQuestionsForSetBuilder({ actor, filter }),
    getSetUsage({ actor, setId: set.id }),
  ]);
  const pickedById = new Map(picked.map((q) => [q.id, q]));
  const ordered = set.questionIds.flatMap((qid) => pickedById.get(qid) ?? []);
  return (
    <>
      <h1>{set.title}</h1>
      <ActionForm
        action={updateQuestionSetAction}
        hidden={{ setId: set.id }}
        submitLabel="Save title and description"
      >
        <label>
          Title
          <input name="title" type="text" defaultValue={set.title} required maxLength={120} />
        </label>
        <label>
          Description
          <textarea name="description" rows={2} defaultValue={set.description} maxLength={2000} />
        </label>
      </ActionForm>
      <ActionForm
        action={duplicateQuestionSetAction}
        hidden={{ setId: set.id }}
        submitLabel="Duplicate set"
        buttonClassName="secondary"
      />
      <SetUsageNotice usage={usage} />
      <h2 id="picked-heading">In this set ({ordered.length})</h2>
      {ordered.length === 0 ? (
        <p>Nothing picked yet. Find questions below.</p>
      ) : (
        <ol className="card-list" aria-labelledby="picked-heading">
          {ordered.map((q, i) => (
            <SetQuestionCard
              key={q.id}
              setId={set.id}
              question={q}
              picked
              position={i + 1}
              count={ordered.length}
            />
          ))}
        </ol>
      )}
      <h2>Find questions</h2>
      <form method="get" className="stack filter-form" aria-label="Question filters">
        <fieldset className="choice-list">
          <legend>Articles</legend>
          {articles.map((a) => (
            <label key={a.id} className="choice">
              <input
                type="checkbox"
                name="article"
                value={a.id}
                defaultChecked={search.article.includes(a.id)}
              />
              {a.title}
            </label>
          ))}
        </fieldset>
        <fieldset className="choice-list">
          <legend>Question types</legend>
          {SET_QUESTION_TYPES.map((t) => (
            <label key={t} className="choice">
              <input type="checkbox" name="type" value={t} defaultChecked={types.includes(t)} />
              {typeLabels[t]}
            </label>
          ))}
        </fieldset>
        <div className="actions">
          <label>
            Easiest
            <input
              name="min"
              type="number"
              min={0}
              max={1}
              step={0.05}
              defaultValue={search.min ?? ""}
            />
          </label>
          <label>
            Hardest
            <input
              name="max"
              type="number"
              min={0}
              max={1}
              step={0.05}
              defaultValue={search.max ?? ""}
            />
          </label>
        </div>
        <label>
          Text search
          <input name="q" type="search" defaultValue={search.q} />
        </label>
        <button type="submit">Filter</button>
      </form>
      <h2 id="found-heading">Questions found ({foundCount})</h2>
      {found.length < foundCount ? (
        <p className="meta">
          Showing {found.length} of {foundCount} questions. Narrow the filters to see the rest.
        </p>
      ) : null}
      <ul className="card-list" aria-labelledby="found-heading">
        {found.map((q) => (
          <SetQuestionCard
            key={q.id}
            setId={set.id}
            question={q}
            picked={set.questionIds.includes(q.id)}
          />
        ))}
      </ul>
    </>
  );
}
