-- CreateIndex
-- Cards in learning steps only (learning 1, relearning 3): the queue reads them in due order apart
-- from review cards, which a large backlog of overdue reviews would otherwise put first.
CREATE INDEX "Card_userId_due_learning_idx" ON "Card"("userId", "due") WHERE "state" IN (1, 3);
