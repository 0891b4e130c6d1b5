/**
 * A channel message (AVEVA "Channels", StreamSet GetChannelAdHoc): the shape of a stream-set "end"
 * answer, `Items` of streams that changed, each with its own `Items` of timed values. An update
 * with no stream (`{"Items":[]}`) is a heartbeat. Parsed with zod down to each stream; the timed
 * values go through the connector's columnar decoder (values/decode-timed-values), which checks
 * each item as pi-contract's `timedValue` does.
 */
import { z } from 'zod';
import { err, ok, type Result } from '../../result';

const channelStream = z.object({
  WebId: z.string().min(1),
  Name: z.string().optional(),
  Path: z.string().optional(),
  Items: z.array(z.unknown()),
});

export const channelMessage = z.object({ Items: z.array(channelStream) });
export type ChannelMessage = z.infer<typeof channelMessage>;

/** Parses one text frame; a contract issue (with the path of the first bad field) otherwise. */
export function parseChannelMessage(text: string): Result<ChannelMessage, string> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return err(`channel message is not JSON (${text.length} bytes)`);
  }
  const parsed = channelMessage.safeParse(json);
  return parsed.success ? ok(parsed.data) : err(`channel message: ${z.prettifyError(parsed.error).replace(/\n/g, ' ')}`);
}
