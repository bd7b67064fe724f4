// Draws pages one (or a few) at a time, nearest to the middle of the screen first, as pdf.js's own
// viewer does: a fast scroll past thirty pages queues thirty requests, and those scrolled away from
// before their turn are dropped without ever drawing.

interface Waiting {
  priority: () => number
  start: () => void
}

export class RenderQueue {
  private running = 0
  private readonly waiting = new Set<Waiting>()

  constructor(private readonly concurrency = 1) {}

  /**
   * Runs `job` when a slot is free, the lowest `priority()` first (asked when a slot frees, so it can
   * follow the scroll). The slot is held until the job's promise settles. Returns a cancel function
   * that drops a job still waiting.
   */
  enqueue(priority: () => number, job: () => Promise<unknown>): () => void {
    const entry: Waiting = {
      priority,
      start: () => {
        this.running++
        job()
          .catch(() => {})
          .finally(() => {
            this.running--
            this.next()
          })
      }
    }
    this.waiting.add(entry)
    queueMicrotask(() => this.next())
    return () => {
      this.waiting.delete(entry)
    }
  }

  private next(): void {
    while (this.running < this.concurrency && this.waiting.size > 0) {
      let best: Waiting | null = null
      let bestPriority = Infinity
      for (const entry of this.waiting) {
        const priority = entry.priority()
        if (!best || priority < bestPriority) {
          best = entry
          bestPriority = priority
        }
      }
      this.waiting.delete(best!)
      best!.start()
    }
  }
}
