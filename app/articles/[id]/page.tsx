import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleReader } from "@/app/_components/article-reader";
import { studyHrefFrom } from "@/app/_components/study/study-return";
import { requireUser } from "@/app/_server/current-user";
import { getArticleForReading } from "@/app/_server/data/articles/get-article";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const metadata: Metadata = { title: "Article" };

export default async function ArticlePage({ params, searchParams }: Props) {
  const user = await requireUser();
  const { id } = await params;
  const article = await getArticleForReading({ actor: user, articleId: decodeURIComponent(id) });
  if (!article) notFound();
  return <ArticleReader article={article} backToStudy={studyHrefFrom(await searchParams)} />;
}
