/** What the login page may say about why the user is there (?notice=…): fixed texts only, never from the address. */
export const PASSWORD_CHANGED_NOTICE = "password-changed";

export const LOGIN_NOTICES: Record<string, string> = {
  [PASSWORD_CHANGED_NOTICE]: "密码已修改，请用新密码登录。",
};
