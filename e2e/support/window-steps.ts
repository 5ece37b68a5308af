// Steps the window journeys share, written as a person does them: by label and button name.
import { expect, type Page } from '@playwright/test';

/** What the add-profile form is filled with. */
export interface ProfileFormInput {
  name: string;
  poolId: string;
  clientId: string;
  username: string;
  endpoint: string;
  flow?: 'srp' | 'password';
  clientSecret?: string;
  /** An identity pool for AWS credentials (under Advanced). */
  identityPoolId?: string;
}

/** Opens the add form from the toolbar, fills it in and saves; waits for the profile's page. */
export async function addProfile(page: Page, input: ProfileFormInput): Promise<void> {
  await page
    .getByRole('toolbar', { name: 'App' })
    .getByRole('button', { name: 'Add profile' })
    .click();
  await page.getByLabel('Profile name').fill(input.name);
  await page.getByLabel('User pool id').fill(input.poolId);
  await page.getByLabel('App client id').fill(input.clientId);
  if (input.clientSecret) await page.getByLabel('Client secret').fill(input.clientSecret);
  await page.getByLabel('Sign-in flow').selectOption(input.flow ?? 'srp');
  await page.getByLabel('Username').fill(input.username);
  await page.getByText('Advanced').click();
  await page.getByLabel('Endpoint (an emulator or a proxy)').fill(input.endpoint);
  if (input.identityPoolId) {
    await page
      .getByLabel('Identity pool id, for AWS credentials (optional)')
      .fill(input.identityPoolId);
  }
  await page
    .getByRole('form', { name: 'Add a profile' })
    .getByRole('button', { name: 'Add profile' })
    .click();
  await expect(
    page.getByRole('heading', { level: 2, name: new RegExp(`^${input.name}`) }),
  ).toBeVisible();
}

/** From a profile's page: Sign in, type the password, submit. */
export async function signInWithPassword(page: Page, password: string): Promise<void> {
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** The profile's button in the list (its text starts with the name). */
export function profileInList(page: Page, name: string) {
  return page
    .getByRole('navigation', { name: 'Profiles' })
    .getByRole('button', { name: new RegExp(`^${name}`) });
}
