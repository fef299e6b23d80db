const ENGLISH =
  'a an and are as at be been but by can could did do does for from had has ' +
  'have how i if in into is it its me my of on or our should so than that ' +
  'the then there these this those to was we were what when where which who ' +
  'why will with would you your doesn don didn isn aren wasn';

const CHINESE =
  '一个 什么 为什么 他们 你们 可以 如何 怎么 怎样 我们 是否 请问 这个 那个 还是 已经';

/** Words too common in questions and logs to tell entries apart. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `${ENGLISH} ${CHINESE}`.split(' '),
);
