// Reads what the user pool knows of the caller (names and birth date asserted by
// FranceConnect, the e-mail address) from its userinfo endpoint, with the caller's token.
export type UserAttributes = Record<string, unknown>;

export interface UserDirectory {
  userInfo(accessToken: string): Promise<UserAttributes>;
}

export function makeUserInfoDirectory({
  userInfoUrl,
  fetchImpl = fetch,
}: {
  userInfoUrl: string;
  fetchImpl?: typeof fetch;
}): UserDirectory {
  return {
    async userInfo(accessToken) {
      const response = await fetchImpl(userInfoUrl, { headers: { authorization: `Bearer ${accessToken}` } });
      if (!response.ok) throw new Error(`userinfo answered ${response.status}`);
      return (await response.json()) as UserAttributes;
    },
  };
}
