"use client";

import { useEffect, useEffectEvent, useRef, useState } from "react";
import { countdownAnnouncement, formatTimeLeft, msLeft } from "@/app/_domain/quiz";

const TICK_MS = 250;
const URGENT_MS = 60_000;

type Props = {
  deadlineAt: Date;
  /** The server's clock when it rendered the page: the device's clock may be minutes off. */
  serverNowMs: number;
  onTimeUp: () => void;
};

// The time left counts down to the server's deadline on the server's clock (device clock +
// the offset measured when the page arrived), so a reload or a wrong phone clock cannot give a
// student more or less time than the server allows. The visible timer is not a live region;
// a separate polite region speaks only at 5 min, 1 min and time up.
export function QuizCountdown({ deadlineAt, serverNowMs, onTimeUp }: Props) {
  const deadlineMs = deadlineAt.getTime();
  const [left, setLeft] = useState(deadlineMs - serverNowMs);
  const [announcement, setAnnouncement] = useState("");
  const previous = useRef<number | null>(null);
  const timeUp = useEffectEvent(onTimeUp);

  useEffect(() => {
    const offset = serverNowMs - Date.now();
    const tick = () => {
      const current = msLeft(deadlineMs, Date.now(), offset);
      const said = countdownAnnouncement(previous.current, current);
      previous.current = current;
      setLeft(current);
      if (said) setAnnouncement(said);
      if (current <= 0) {
        clearInterval(timer);
        if (said) timeUp();
      }
    };
    const timer = setInterval(tick, TICK_MS);
    return () => clearInterval(timer);
  }, [deadlineMs, serverNowMs]);

  return (
    <div className={left <= URGENT_MS ? "quiz-timer urgent" : "quiz-timer"}>
      <p role="timer" aria-labelledby="time-left-label">
        <span id="time-left-label">Time left</span>{" "}
        <strong className="time-left">{formatTimeLeft(left)}</strong>
      </p>
      <p aria-live="polite" className="visually-hidden" data-testid="timer-announcement">
        {announcement}
      </p>
    </div>
  );
}
