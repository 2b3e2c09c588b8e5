/**
 * Batch 23's tuning threads on Signature Version 2 sent to regions that accept only Version 4 open with a line that names
 * no AWS word and no failure verb ("Eu-central-1 doesn't support v2", uproc-io/any-file#3; "China Region don't
 * support … cn-north-1", shishirsharma/MyS3Browser#8). Said to awskey, a region's code names AWS, a thing said
 * unsupported is trouble, and a signing version said unsupported is read as the signing version. Sentences written
 * for the test.
 */
import { step } from '../../../../src/core/conversation/engine';
import { T0 } from '../../../helpers/case-script';

const at = new Date(T0).toISOString();
const ctx = { now: new Date(T0), key: { channel: 'C1', thread: '1.0' } };
const say = (text: string, addressed = true) => step(undefined, { kind: 'paste', text, user: 'U01ALICE', at, addressed }, ctx);

describe('a SigV4-only region said not to support the old signing, said to awskey', () => {
  it('when "eu-west-2 doesn\'t support v2" is said, then a case opens from the description and the region/endpoint fix leads', () => {
    const r = say("eu-west-2 doesn't support v2 any more, maybe add an option for the newer signing?");
    expect(r?.state.scoring?.described).toBe(true);
    expect(r?.state.causes[0]?.id).toBe('region-endpoint');
  });

  it('when a region code and "don\'t support" are said, then a case opens', () => {
    expect(say("Uploads don't support our region\n\nregion: ap-south-1")?.state.scoring?.described).toBe(true);
  });

  it('when the same words are not said to awskey, or name no region and no AWS, then no case opens', () => {
    expect(say("eu-west-2 doesn't support v2 any more", false)).toBeUndefined();
    expect(say("the old library doesn't support v2 any more")).toBeUndefined();
  });
});
