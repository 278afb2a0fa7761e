/** Where the CLI writes, one call per block of text (a newline is added). */
export interface Output {
  stdout(text: string): void
  stderr(text: string): void
}

export const processOutput: Output = {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
}
