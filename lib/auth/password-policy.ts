// Password rules (等保2.0 / ASVS 2.1): at least 10 characters, three of the four character
// classes, and long passphrases allowed (up to 128). Pure.

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

export function passwordProblems(password: string, username?: string): string[] {
  const problems: string[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN) problems.push(`密码至少 ${PASSWORD_MIN} 个字符`);
  if (length > PASSWORD_MAX) problems.push(`密码不超过 ${PASSWORD_MAX} 个字符`);
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 3) problems.push("密码须包含大写字母、小写字母、数字、符号中的至少三类");
  if (username && password.toLowerCase().includes(username.toLowerCase())) problems.push("密码不能包含用户名");
  return problems;
}
