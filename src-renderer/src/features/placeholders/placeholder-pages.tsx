import { ComingSoon } from './ComingSoon';

export function LeadsPlaceholder() {
  return (
    <ComingSoon
      title="Leads"
      summary="Every prospect you have, in one fast table."
      points={[
        'Search and filter 100,000+ leads as you type: status, source, industry, city, score, tags and more.',
        'Save views such as “Hot dentists in Lyon” and reopen them from the sidebar.',
        'Select leads or a whole filter and change status, tag, add to a campaign, export or delete in one go.',
        'Open a lead to edit every field, see its activity and emails, and why it scored what it did.',
      ]}
    />
  );
}

export function ImportPlaceholder() {
  return (
    <ComingSoon
      title="Import"
      summary="Bring leads in from any CSV: Apollo, Hunter, LinkedIn tools, Google-Maps scrapers or Excel."
      points={[
        'Drop a file anywhere on the window; the encoding, delimiter and header row are detected for you.',
        'Columns are matched to lead fields automatically, and your mapping is remembered for next time.',
        'Duplicates are found by email, website and phone; you choose to skip, fill gaps or overwrite.',
        'Every row is accounted for: a downloadable report lists each failed row and why.',
      ]}
    />
  );
}

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

export function ResearchPlaceholder() {
  return (
    <ComingSoon
      title="Research"
      summary="Analyse your prospects’ websites to see who needs what you sell."
      points={[
        'Detect booking tools, appointment forms, pricing, opening hours and contact details.',
        'Fill the leads’ qualification fields and scores, with the evidence for each finding.',
        'Run it on a selection or on a whole filter, with progress you can cancel.',
      ]}
    />
  );
}
