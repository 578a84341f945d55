const PERSONAL_ACCOUNT = "personal account";
const TOKEN_AUDIENCE = void 0;
export {
  PERSONAL_ACCOUNT,
  TOKEN_AUDIENCE
};
