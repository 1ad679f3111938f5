// Public API of the content pipeline: raw article files in, a versioned question bank out.
export { buildBank, parseArticle } from "./build-bank";
export { decodeText } from "./decode";
export {
  bankSchema,
  bankArticleSchema,
  bankQuestionSchema,
  bankConflictSchema,
  parseBank,
  serializeBank,
  questionTypes,
  type Bank,
  type BankQuestion,
} from "./bank-schema";
export { articleIdFromFile, ingestArticle } from "./ingest";
export { segmentSentences } from "./sentences";
export { extractFacts } from "./facts";
export { findConflicts, type ParsedArticle } from "./conflicts";
export { frontMatterSchema, FrontMatterError } from "./front-matter";
export { stableId } from "./hash";
export { pairReworded, type AskedFact } from "./reworded";
export type * from "./types";
