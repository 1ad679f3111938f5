-- CreateIndex
-- Cards in learning steps only (learning 1, relearning 3): the queue reads them in due order apart
-- from review cards, which a large backlog of overdue reviews would otherwise put first. The
-- condition is written as PostgreSQL prints it back (pg_indexes), the form Prisma compares.
CREATE INDEX "Card_userId_due_learning_idx" ON "Card"("userId", "due") WHERE "state" = ANY (ARRAY[1, 3]);
