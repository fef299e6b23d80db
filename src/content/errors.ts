/** A content mistake, told as file, entry and what to do about it. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly entryId: string,
    problem: string,
    fix: string,
  ) {
    super(`${file}: entry "${entryId}": ${problem}. ${fix}`);
    this.name = 'ContentError';
  }
}
