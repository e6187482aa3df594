import { ComingSoon } from './ComingSoon';

export function CampaignsPlaceholder() {
  return (
    <ComingSoon
      title="Campaigns"
      summary="Turn a filter of leads and a sequence into emails that send themselves, on schedule."
      points={[
        'Pick an audience, a template or sequence, and the sending accounts to rotate.',
        'Send in each prospect’s business hours, within your daily and hourly caps.',
        'Review a 14-day calendar of what will go out before you launch.',
        'Follow every email: sent, bounced, replied, and why anything is waiting.',
      ]}
    />
  );
}
