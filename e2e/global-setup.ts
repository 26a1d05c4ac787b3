import { assertBrowserAvailable } from '../scripts/chromium';

export default async function globalSetup() {
  await assertBrowserAvailable();
}
