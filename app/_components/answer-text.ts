// How a given answer reads on screen: true/false answers are stored as "true" and "false", the
// way they are graded, and shown as the buttons the student tapped.
export function answerText(answer: string): string {
  return answer === "true" ? "True" : answer === "false" ? "False" : answer;
}
