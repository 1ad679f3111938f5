import type { ClassListItem } from "@/app/_server/data/classes/list-classes";

type Props = { classes: ClassListItem[] };

export function StudentClassList({ classes }: Props) {
  if (classes.length === 0) return <p>You are not in a class yet.</p>;
  return (
    <ul className="card-list" aria-labelledby="classes-heading">
      {classes.map((c) => (
        <li key={c.id} className="long-name">
          {c.name}
        </li>
      ))}
    </ul>
  );
}

/** After joining (joinClassAction's redirect): which class, named from the student's own list,
 * so an id in a hand-written query names nothing the student is not in. */
export function JoinedNotice({ classes, joined, already }: Props & JoinedQuery) {
  const joinedClass = classes.find((c) => c.id === joined);
  if (!joinedClass) return null;
  return (
    <p className="form-notice long-name" role="status">
      {already ? `You are already in ${joinedClass.name}.` : `You joined ${joinedClass.name}.`}
    </p>
  );
}

export type JoinedQuery = { joined: string | undefined; already: boolean };
