// Asking for a passphrase on the terminal without echoing it. Passphrases are never taken from
// command-line arguments (other users can read those in the process list).

/** Reads one line from a terminal with echo off; null when stdin is not a terminal or on Ctrl+C/D. */
export function askHidden(question: string): Promise<string | null> {
  const input = process.stdin
  if (!input.isTTY) return Promise.resolve(null)
  process.stderr.write(question)
  return new Promise((resolve) => {
    let answer = ''
    const finish = (value: string | null) => {
      input.setRawMode(false)
      input.pause()
      input.off('data', onData)
      process.stderr.write('\n')
      resolve(value)
    }
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString('utf8')) {
        if (char === '\r' || char === '\n') return finish(answer)
        if (char === '\u0003' || char === '\u0004') return finish(null) // Ctrl+C, Ctrl+D
        if (char === '\u007f' || char === '\b') answer = answer.slice(0, -1)
        else if (char >= ' ') answer += char
      }
    }
    input.setRawMode(true)
    input.resume()
    input.on('data', onData)
  })
}
