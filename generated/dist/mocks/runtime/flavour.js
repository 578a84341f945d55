const PERSONAL_ACCOUNT = "personal Microsoft account";
const TOKEN_AUDIENCE = "https://graph.microsoft.com";
export {
  PERSONAL_ACCOUNT,
  TOKEN_AUDIENCE
};
