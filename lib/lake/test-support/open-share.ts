/** Opens a LakeShare or fails the test with the typed error. */
import { LakeShare, type LakeShareOptions } from '../lake-share';

export async function openShareOrThrow(dir: string, options: LakeShareOptions): Promise<LakeShare> {
  const opened = await LakeShare.open(dir, options);
  if (!opened.ok) throw new Error(`LakeShare.open failed: ${JSON.stringify(opened.error)}`);
  return opened.value;
}
