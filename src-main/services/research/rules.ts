/**
 * Every detection rule of the website analyser, as data. Adding a booking tool, a keyword or a
 * language is an edit here only; the detectors beside this file know no names. Words are lower
 * case; the detectors lower-case the page text before matching, on word boundaries.
 *
 * This file is long on purpose: it is a table, read by scanning, and splitting it would scatter
 * one language's words over several files.
 */

// ---------------------------------------------------------------------------------------------
// Booking tools
// ---------------------------------------------------------------------------------------------

/** A host and its subdomains, optionally only for paths matching `path`. */
export type HostRule = string | { host: string; path: RegExp };

export interface BookingToolRule {
  /** Stored in currentBookingTool. Stable: renaming one orphans cached analyses. */
  id: string;
  name: string;
  hosts: HostRule[];
  /** Vendor pages on those hosts that are not anyone's booking page (besides the shared list). */
  ignorePath?: RegExp;
  /** Booking built into a site builder: the builder's generator tag plus its booking path on the site. */
  platform?: { generator: RegExp; internalPath: RegExp };
}

export const bookingTools: BookingToolRule[] = [
  { id: 'calendly', name: 'Calendly', hosts: ['calendly.com'] },
  { id: 'acuity', name: 'Acuity Scheduling', hosts: ['acuityscheduling.com', 'as.me', 'squarespacescheduling.com'] },
  {
    id: 'square',
    name: 'Square Appointments',
    hosts: [
      'book.squareup.com',
      { host: 'squareup.com', path: /^\/appointments\b/i },
      { host: 'square.site', path: /\/(book|appointments)\b/i },
    ],
  },
  { id: 'setmore', name: 'Setmore', hosts: ['setmore.com'] },
  { id: 'simplybook', name: 'SimplyBook.me', hosts: ['simplybook.me', 'simplybook.it', 'simplybook.asia', 'simplybook.net'] },
  { id: 'vagaro', name: 'Vagaro', hosts: ['vagaro.com'] },
  { id: 'mindbody', name: 'Mindbody', hosts: ['mindbodyonline.com', 'healcode.com', 'mindbody.io'] },
  { id: 'fresha', name: 'Fresha', hosts: ['fresha.com', 'shedul.com'] },
  { id: 'booksy', name: 'Booksy', hosts: ['booksy.com'] },
  { id: 'schedulicity', name: 'Schedulicity', hosts: ['schedulicity.com'] },
  { id: 'jane', name: 'Jane', hosts: ['janeapp.com', 'janeapp.co.uk'] },
  { id: 'zocdoc', name: 'Zocdoc', hosts: ['zocdoc.com'] },
  { id: 'doctolib', name: 'Doctolib', hosts: ['doctolib.fr', 'doctolib.de', 'doctolib.it', 'doctolib.com'] },
  {
    id: 'opentable',
    name: 'OpenTable',
    hosts: [
      'opentable.com',
      'opentable.co.uk',
      'opentable.de',
      'opentable.ca',
      'opentable.com.au',
      'opentable.ie',
      'opentable.nl',
      'opentable.it',
      'opentable.es',
      'opentable.jp',
      'opentable.com.mx',
    ],
  },
  { id: 'resy', name: 'Resy', hosts: ['resy.com'] },
  { id: 'housecallpro', name: 'Housecall Pro', hosts: ['housecallpro.com'] },
  { id: 'jobber', name: 'Jobber', hosts: ['getjobber.com'] },
  { id: 'glossgenius', name: 'GlossGenius', hosts: ['glossgenius.com'] },
  { id: 'timely', name: 'Timely', hosts: ['gettimely.com'] },
  {
    id: 'treatwell',
    name: 'Treatwell',
    hosts: [
      'treatwell.co.uk',
      'treatwell.de',
      'treatwell.fr',
      'treatwell.es',
      'treatwell.nl',
      'treatwell.it',
      'treatwell.at',
      'treatwell.ch',
      'treatwell.be',
      'treatwell.ie',
      'treatwell.pt',
      'treatwell.lt',
      'treatwell.com',
      'uala.it',
      'uala.com',
    ],
  },
  {
    id: 'supersaas',
    name: 'SuperSaaS',
    hosts: ['supersaas.com', 'supersaas.de', 'supersaas.nl', 'supersaas.fr', 'supersaas.es', 'supersaas.it', 'supersaas.co.uk'],
  },
  { id: 'phorest', name: 'Phorest', hosts: ['phorest.com', 'phorest.me'] },
  { id: 'cliniko', name: 'Cliniko', hosts: ['cliniko.com'] },
  { id: 'planity', name: 'Planity', hosts: ['planity.com'] },
  {
    id: 'thefork',
    name: 'TheFork',
    hosts: [
      'thefork.com',
      'thefork.fr',
      'thefork.it',
      'thefork.es',
      'thefork.nl',
      'thefork.be',
      'thefork.ch',
      'thefork.co.uk',
      'thefork.pt',
      'thefork.at',
      'lafourchette.com',
      'eltenedor.es',
      'eltenedor.com',
      'iens.nl',
    ],
  },
  { id: 'shore', name: 'Shore', hosts: ['shore.com'] },
  { id: 'salonized', name: 'Salonized', hosts: ['salonized.com'] },
  { id: 'youcanbookme', name: 'YouCanBookMe', hosts: ['youcanbook.me'] },
  {
    id: 'hubspot-meetings',
    name: 'HubSpot Meetings',
    hosts: ['meetings.hubspot.com', 'meetings-eu1.hubspot.com', { host: 'hsappstatic.net', path: /^\/MeetingsEmbed\//i }],
  },
  {
    id: 'microsoft-bookings',
    name: 'Microsoft Bookings',
    hosts: [
      { host: 'outlook.office365.com', path: /\/bookings\/|^\/book\//i },
      { host: 'outlook.office.com', path: /\/bookings\/|^\/book\//i },
      'bookings.cloud.microsoft',
    ],
  },
  {
    id: 'google-appointments',
    name: 'Google Calendar appointment schedule',
    hosts: [{ host: 'calendar.google.com', path: /\/appointments\b/i }, 'calendar.app.google'],
  },
  {
    id: 'wix-bookings',
    name: 'Wix Bookings',
    hosts: [],
    platform: { generator: /wix\.com/i, internalPath: /^\/(book-online|booking-calendar|service-page)(\/|$)/i },
  },
  { id: 'booker', name: 'Booker', hosts: ['booker.com'] },
  { id: 'zenoti', name: 'Zenoti', hosts: ['zenoti.com'] },
  { id: 'boulevard', name: 'Boulevard', hosts: ['joinblvd.com', 'blvd.co'] },
  { id: 'styleseat', name: 'StyleSeat', hosts: ['styleseat.com'] },
  { id: 'appointy', name: 'Appointy', hosts: ['appointy.com'] },
  { id: 'bookeo', name: 'Bookeo', hosts: ['bookeo.com'] },
  { id: 'timify', name: 'TIMIFY', hosts: ['timify.com'] },
  { id: 'calenso', name: 'Calenso', hosts: ['calenso.com'] },
  { id: 'etermin', name: 'eTermin', hosts: ['etermin.net'] },
  { id: 'terminland', name: 'Terminland', hosts: ['terminland.de'] },
  { id: 'samedi', name: 'samedi', hosts: ['samedi.de'] },
  {
    id: 'doctena',
    name: 'Doctena',
    hosts: ['doctena.com', 'doctena.de', 'doctena.lu', 'doctena.be', 'doctena.nl', 'doctena.ch', 'doctena.at'],
  },
  { id: 'doctoralia', name: 'Doctoralia', hosts: ['doctoralia.es', 'doctoralia.com', 'doctoralia.com.mx', 'miodottore.it'] },
  { id: 'clicrdv', name: 'ClicRDV', hosts: ['clicrdv.com'] },
  {
    id: 'quandoo',
    name: 'Quandoo',
    hosts: ['quandoo.com', 'quandoo.de', 'quandoo.co.uk', 'quandoo.nl', 'quandoo.it', 'quandoo.at', 'quandoo.ch'],
  },
  { id: 'sevenrooms', name: 'SevenRooms', hosts: ['sevenrooms.com'] },
  { id: 'tock', name: 'Tock', hosts: ['exploretock.com'] },
  { id: 'resmio', name: 'resmio', hosts: ['resmio.com'] },
  { id: 'zenchef', name: 'Zenchef', hosts: ['zenchef.com'] },
  { id: 'formitable', name: 'Formitable', hosts: ['formitable.com'] },
  { id: 'covermanager', name: 'CoverManager', hosts: ['covermanager.com'] },
  {
    id: 'eversports',
    name: 'Eversports',
    hosts: [
      'eversports.de',
      'eversports.at',
      'eversports.ch',
      'eversports.com',
      'eversports.nl',
      'eversports.es',
      'eversports.it',
      'eversports.fr',
    ],
  },
  { id: 'momoyoga', name: 'Momoyoga', hosts: ['momoyoga.com'] },
  { id: 'momence', name: 'Momence', hosts: ['momence.com'] },
  { id: 'glofox', name: 'Glofox', hosts: ['glofox.com'] },
  { id: 'wellnessliving', name: 'WellnessLiving', hosts: ['wellnessliving.com'] },
  { id: 'bsport', name: 'bsport', hosts: ['bsport.io'] },
  { id: 'teamup', name: 'TeamUp', hosts: ['goteamup.com'] },
  { id: 'servicetitan', name: 'ServiceTitan', hosts: ['servicetitan.com'] },
  { id: 'workiz', name: 'Workiz', hosts: ['workiz.com'] },
  { id: 'servicem8', name: 'ServiceM8', hosts: ['servicem8.com'] },
  { id: 'vetstoria', name: 'Vetstoria', hosts: ['vetstoria.com'] },
  { id: 'petdesk', name: 'PetDesk', hosts: ['petdesk.com'] },
  { id: 'nexhealth', name: 'NexHealth', hosts: ['nexhealth.com'] },
  { id: 'localmed', name: 'LocalMed', hosts: ['localmed.com'] },
  { id: 'kitomba', name: 'Kitomba', hosts: ['kitomba.com'] },
  { id: 'salonkee', name: 'Salonkee', hosts: ['salonkee.com', 'salonkee.lu', 'salonkee.be', 'salonkee.de', 'salonkee.ch'] },
  { id: 'checkfront', name: 'Checkfront', hosts: ['checkfront.com'] },
  { id: 'fareharbor', name: 'FareHarbor', hosts: ['fareharbor.com'] },
];

/**
 * Links into a vendor's own site (its blog, pricing, sign-up) say nothing about the business
 * using the tool: a salon's blog post linking to "calendly.com/blog/…" is not a booking page.
 */
export const vendorMarketingPath =
  /(^|\/)(blog|news|pricing|prices|features|for-business|business|pro|biz|partners|partner|about|about-us|careers|jobs|resources|help|support|integrations|login|log-in|signin|sign-in|signup|sign-up|register|legal|privacy|terms|press|download|app|apps|customers|solutions|product|products|enterprise|compare|vs)(\/|$)/i;

/** Subdomains that are the vendor's own website: a link there is never a customer's booking page. */
// prettier-ignore
export const vendorSiteSubdomains = new Set([
  'help', 'support', 'blog', 'status', 'developer', 'developers', 'docs', 'community', 'careers', 'jobs', 'news',
  'press', 'partners', 'shop', 'store', 'academy', 'learn', 'investors',
]);
/** Subdomains shared by all customers: not a tenant name, so the path must name the business. */
export const vendorSharedSubdomains = new Set([
  'www',
  'app',
  'login',
  'accounts',
  'my',
  'assets',
  'static',
  'cdn',
  'api',
  'book',
  'booking',
  'widget',
  'widgets',
  'online-booking',
  'embed',
]);

// ---------------------------------------------------------------------------------------------
// Booking keywords → bookingKeywordScore
// ---------------------------------------------------------------------------------------------

/**
 * Weight per keyword; each keyword counts at most `keywordCountCap` times per site so a
 * "Book now" in a menu repeated on every page does not fill the score alone. The score is the
 * weighted sum, rounded, capped at 10. Longer phrases win over the words inside them.
 */
export const keywordCountCap = 3;
/** A site "has booking keywords" at this score or above: more than a passing mention. */
export const bookingKeywordThreshold = 2;

const strong = 2;
const medium = 1;
const weak = 0.5;

// One line per language and strength reads better than Prettier's one word per line.
// prettier-ignore
export const bookingKeywords: Record<string, number> = {
  // English
  'book now': strong, 'book online': strong, 'book an appointment': strong, 'book appointment': strong,
  'book your appointment': strong, 'schedule an appointment': strong, 'schedule appointment': strong,
  'make an appointment': strong, 'request an appointment': strong, 'book a table': strong, 'reserve a table': strong,
  'book a consultation': strong, 'online booking': strong, 'book a session': strong, 'book a class': strong,
  'book your visit': strong, 'schedule online': strong, 'schedule service': strong,
  appointment: medium, appointments: medium, booking: medium, bookings: medium, reservation: medium,
  reservations: medium, book: weak, reserve: weak, schedule: weak, availability: weak, 'walk-in': weak,
  'walk-ins': weak, consultation: weak,
  // German
  'termin buchen': strong, 'termin vereinbaren': strong, 'online buchen': strong, 'jetzt buchen': strong,
  'online-termin': strong, 'online termin': strong, 'termin online': strong, terminvereinbarung: strong,
  'tisch reservieren': strong, 'jetzt reservieren': strong, 'termin anfragen': strong, 'online-buchung': strong,
  'online-terminbuchung': strong, terminbuchung: strong,
  terminanfrage: medium, termin: medium, termine: medium, buchen: medium, buchung: medium, reservierung: medium, reservieren: medium,
  wunschtermin: medium, verfügbarkeit: weak, sprechstunde: weak, beratung: weak,
  // French
  'prendre rendez-vous': strong, 'prendre rdv': strong, 'réserver en ligne': strong, 'réservez en ligne': strong,
  'réserver maintenant': strong, 'réservez maintenant': strong, 'prise de rendez-vous': strong,
  'rendez-vous en ligne': strong, 'réserver une table': strong, 'réservez votre table': strong,
  'réservation en ligne': strong, 'prenez rendez-vous': strong,
  'rendez-vous': medium, rdv: medium, réservation: medium, réservations: medium, réserver: medium, réservez: medium,
  disponibilités: weak,
  // Spanish
  'reservar cita': strong, 'pedir cita': strong, 'pide tu cita': strong, 'solicitar cita': strong,
  'reserva online': strong, 'reservar online': strong, 'reserva tu cita': strong, 'reservar ahora': strong,
  'reserva ahora': strong, 'cita previa': strong, 'reservar mesa': strong, 'cita online': strong, 'pide cita': strong,
  cita: medium, citas: medium, reserva: medium, reservas: medium, reservar: medium, disponibilidad: weak, consulta: weak,
  // Dutch
  'afspraak maken': strong, 'maak een afspraak': strong, 'online boeken': strong, 'online afspraak': strong,
  'boek nu': strong, 'direct boeken': strong, 'afspraak inplannen': strong, 'tafel reserveren': strong,
  'reserveer nu': strong, 'online reserveren': strong, 'plan een afspraak': strong,
  afspraak: medium, afspraken: medium, boeken: medium, reservering: medium, reserveren: medium, beschikbaarheid: weak,
  // Italian
  'prenota ora': strong, 'prenota online': strong, 'prenota adesso': strong, 'prenota un appuntamento': strong,
  'prenotazione online': strong, 'fissa un appuntamento': strong, 'prenota un tavolo': strong,
  'prenota il tuo appuntamento': strong, 'richiedi un appuntamento': strong, 'prenota subito': strong,
  prenota: medium, prenotazione: medium, prenotazioni: medium, appuntamento: medium, appuntamenti: medium,
  disponibilità: weak, consulenza: weak,
};

// ---------------------------------------------------------------------------------------------
// Which internal pages to fetch
// ---------------------------------------------------------------------------------------------

export interface PageTopic {
  topic: 'booking' | 'contact' | 'pricing' | 'services' | 'menu' | 'locations' | 'about' | 'team';
  /** Higher is fetched first; one page per topic before any topic gets a second. */
  priority: number;
  words: string[];
}

export const pageTopics: PageTopic[] = [
  {
    topic: 'booking',
    priority: 8,
    words: [
      'book',
      'booking',
      'book online',
      'book now',
      'appointment',
      'appointments',
      'schedule',
      'reserve',
      'reservation',
      'reservations',
      'termin',
      'termine',
      'terminvereinbarung',
      'online-termin',
      'buchen',
      'online buchen',
      'termin buchen',
      'buchung',
      'reservieren',
      'reservierung',
      'rendez-vous',
      'rdv',
      'prendre rendez-vous',
      'réserver',
      'reserver',
      'réservation',
      'reservation',
      'cita',
      'citas',
      'pedir cita',
      'reservar',
      'reserva',
      'reservas',
      'cita previa',
      'afspraak',
      'afspraak maken',
      'boeken',
      'online boeken',
      'reserveren',
      'reservering',
      'prenota',
      'prenotazione',
      'prenotazioni',
      'appuntamento',
      'prenota online',
      // class timetables, where studios embed their booking widget
      'timetable',
      'class schedule',
      'stundenplan',
      'kursplan',
      'rooster',
      'lesrooster',
      'planning',
      'horario de clases',
      'terminanfrage',
      'terminvergabe',
      'online-terminvergabe',
    ],
  },
  {
    topic: 'contact',
    priority: 7,
    words: [
      'contact',
      'contact us',
      'kontakt',
      'contacto',
      'contactez-nous',
      'contacteznous',
      'contatti',
      'contattaci',
      'contatto',
      'contacteer',
      'contacteer ons',
      'anfahrt',
      'find us',
      'nous trouver',
      'dove siamo',
      'cómo llegar',
      'route',
    ],
  },
  {
    topic: 'pricing',
    priority: 6,
    words: [
      'pricing',
      'prices',
      'price list',
      'price-list',
      'pricelist',
      'rates',
      'preise',
      'preisliste',
      'tarife',
      'tarifs',
      'prix',
      'nos tarifs',
      'precios',
      'tarifas',
      'lista de precios',
      'prijzen',
      'tarieven',
      'prijslijst',
      'prezzi',
      'listino',
      'listino prezzi',
      'tariffe',
    ],
  },
  {
    topic: 'services',
    priority: 5,
    words: [
      'services',
      'our services',
      'service',
      'treatments',
      'what we do',
      'leistungen',
      'unsere leistungen',
      'behandlungen',
      'angebot',
      'prestations',
      'nos prestations',
      'soins',
      'nos soins',
      'services-fr',
      'servicios',
      'nuestros servicios',
      'tratamientos',
      'diensten',
      'onze diensten',
      'behandelingen',
      'servizi',
      'i nostri servizi',
      'trattamenti',
      'therapies',
      'therapie',
      'classes',
      'kurse',
      'cours',
      'clases',
      'lessen',
      'corsi',
    ],
  },
  {
    topic: 'menu',
    priority: 5,
    words: [
      'menu',
      'menus',
      'our menu',
      'food menu',
      'menü',
      'menù',
      'menukarte',
      'drinks',
      'speisekarte',
      'karte',
      'la carte',
      'carte',
      'notre carte',
      'carta',
      'nuestra carta',
      'menukaart',
      'kaart',
      'il menu',
      'la carta',
    ],
  },
  {
    topic: 'locations',
    priority: 4,
    words: [
      'locations',
      'our locations',
      'standorte',
      'unsere standorte',
      'filialen',
      'praxen',
      'nos salons',
      'nos adresses',
      'nos cabinets',
      'nos restaurants',
      'sedes',
      'nuestras sedes',
      'ubicaciones',
      'centros',
      'nuestros centros',
      'locaties',
      'vestigingen',
      'onze vestigingen',
      'sedi',
      'le nostre sedi',
    ],
  },
  {
    topic: 'about',
    priority: 2,
    words: [
      'about',
      'about us',
      'über uns',
      'ueber uns',
      'uber uns',
      'à propos',
      'a propos',
      'qui sommes-nous',
      'sobre nosotros',
      'quiénes somos',
      'quienes somos',
      'over ons',
      'chi siamo',
      'la clinica',
      'praxis',
    ],
  },
  {
    topic: 'team',
    priority: 1,
    words: [
      'team',
      'our team',
      'meet the team',
      'unser team',
      'équipe',
      'equipe',
      'notre équipe',
      'equipo',
      'nuestro equipo',
      'ons team',
      'il team',
      'il nostro team',
      'staff',
    ],
  },
];

/** Links to these are never pages to analyse. */
export const skippedLinkExtensions =
  /\.(pdf|jpe?g|png|gif|webp|svg|ico|zip|rar|gz|docx?|xlsx?|pptx?|mp4|mov|avi|mp3|wav|ics|vcf|xml|json|css|js)$/i;

// ---------------------------------------------------------------------------------------------
// Forms
// ---------------------------------------------------------------------------------------------

/** Tokens of field names, ids, placeholders and labels that ask for an appointment slot. */
// prettier-ignore
export const appointmentFieldTokens = new Set([
  'date', 'time', 'datetime', 'appointment', 'appt', 'booking', 'slot',
  'termin', 'wunschtermin', 'datum', 'uhrzeit', 'wunschdatum', 'terminwunsch',
  'rdv', 'rendezvous', 'heure', 'créneau', 'creneau',
  'fecha', 'hora', 'cita',
  'tijd', 'afspraak', 'tijdstip',
  // Not 'data': field names like "form-data" would match it in every language.
  'ora', 'orario', 'appuntamento', 'prenotazione', 'giorno',
]);

/** Forms that are not a way to write to the business. */
export const nonContactFormMarkers =
  /newsletter|subscribe|abonn|mailchimp|mc4wp|search|suche|recherche|buscar|zoeken|cerca|login|signin|password/i;

/** Form services embedded as iframe or script: a contact form hosted elsewhere. */
export const formServiceHosts: Array<{ host: string; name: string; path?: RegExp }> = [
  { host: 'typeform.com', name: 'Typeform' },
  { host: 'jotform.com', name: 'Jotform' },
  { host: 'jotform.eu', name: 'Jotform' },
  { host: 'docs.google.com', name: 'Google Forms', path: /^\/forms\//i },
  { host: 'forms.gle', name: 'Google Forms' },
  { host: 'tally.so', name: 'Tally' },
  { host: 'wufoo.com', name: 'Wufoo' },
  { host: 'cognitoforms.com', name: 'Cognito Forms' },
  { host: 'formstack.com', name: 'Formstack' },
  { host: 'hsforms.net', name: 'HubSpot form' },
  { host: '123formbuilder.com', name: '123FormBuilder' },
  { host: 'forms.office.com', name: 'Microsoft Forms' },
];

// ---------------------------------------------------------------------------------------------
// Calendar widgets, galleries, reviews, pricing, services, locations
// ---------------------------------------------------------------------------------------------

/** Class or id fragments of calendar and date-picker widgets. */
export const calendarMarkers =
  /fullcalendar|\bfc-view|flatpickr|datepicker|pikaday|calendar|kalender|calendrier|calendario|kalendar|agenda-widget/i;
/** Icon classes that merely draw a calendar symbol. */
export const iconClass =
  /(^|\s)(fa|fas|far|fab|bi|icon|glyphicon|dashicons|material-icons)(-|\s|$)|(^|\s)(fa|bi|icon|glyphicon|dashicons)-[\w-]*calendar/i;
export const calendarEmbedHosts: Array<{ host: string; name: string; path?: RegExp }> = [
  { host: 'calendar.google.com', name: 'Google Calendar embed', path: /^\/calendar\/(u\/\d+\/)?embed/i },
  { host: 'teamup.com', name: 'Teamup calendar' },
  { host: 'outlook.office365.com', name: 'Outlook calendar', path: /\/calendar\/published\//i },
  { host: 'calendar.zoho.com', name: 'Zoho calendar' },
];

export const galleryMarkers: Array<{ pattern: RegExp; minImages: number }> = [
  {
    pattern:
      /galler|galerie|galería|galeria|portfolio|lightbox|fancybox|masonry|photoswipe|instagram-feed|sb_instagram|fotos|foto-s|impressionen/i,
    minImages: 3,
  },
  { pattern: /carousel|slider|swiper|slideshow|splide|glide/i, minImages: 5 },
];
export const galleryPageWords = [
  'gallery',
  'galerie',
  'galería',
  'galeria',
  'galleria',
  'portfolio',
  'fotos',
  'photos',
  "foto's",
  'foto',
  'impressionen',
  'bilder',
  'our work',
  'réalisations',
  'realisations',
];

export const reviewWidgetHosts: Array<{ host: string; name: string; path?: RegExp }> = [
  { host: 'trustpilot.com', name: 'Trustpilot widget' },
  { host: 'trustindex.io', name: 'Trustindex Google reviews widget' },
  { host: 'featurable.com', name: 'Featurable Google reviews widget' },
  { host: 'reviews.io', name: 'REVIEWS.io widget' },
  { host: 'yotpo.com', name: 'Yotpo reviews widget' },
  { host: 'birdeye.com', name: 'Birdeye reviews widget' },
  { host: 'embedsocial.com', name: 'EmbedSocial reviews widget' },
  { host: 'sociablekit.com', name: 'SociableKIT reviews widget' },
  { host: 'provenexpert.com', name: 'ProvenExpert widget' },
  { host: 'trustedshops.com', name: 'Trusted Shops widget' },
  { host: 'trustedshops.de', name: 'Trusted Shops widget' },
  { host: 'ekomi.de', name: 'eKomi widget' },
  { host: 'kiyoh.com', name: 'Kiyoh widget' },
  { host: 'feedbackcompany.com', name: 'Feedback Company widget' },
  { host: 'avis-verifies.com', name: 'Avis Vérifiés widget' },
  { host: 'netreviews.eu', name: 'Avis Vérifiés widget' },
  { host: 'yelp.com', name: 'Yelp reviews embed', path: /^\/(embed|biz_attribution)/i },
  { host: 'elfsight.com', name: 'Elfsight reviews widget' },
  { host: 'reviewsonmywebsite.com', name: 'Reviews widget' },
  { host: 'judge.me', name: 'Judge.me reviews widget' },
];
/** Classes of review and testimonial blocks, from widgets and themes. */
export const reviewMarkers =
  /testimonial|review|bewertung|kundenstimme|rezension|avis-client|temoignage|témoignage|opiniones|reseñas|resenas|testimonio|beoordeling|ervaring|recension|trustpilot-widget|ti-widget|grw-|wp-google-reviews|yelp-review/i;

/** Words that mark a pricing page (in its path or main heading). */
export const pricingPageWords = [
  'pricing',
  'prices',
  'price list',
  'pricelist',
  'price-list',
  'rates',
  'preise',
  'preisliste',
  'tarife',
  'tarifs',
  'prix',
  'precios',
  'tarifas',
  'prijzen',
  'tarieven',
  'prijslijst',
  'prezzi',
  'listino',
  'tariffe',
  'menu',
  'speisekarte',
  'carte',
  'carta',
  'menukaart',
];

/**
 * One money amount: "€35", "35 €", "35,00 EUR", "$1,200", "£45+", "2.900 €", "28,50–32 €". A symbol
 * after a number only counts when no number follows it, so "Pilates 1:1 £65" is "£65", not "1 £".
 */
export const moneyPattern =
  /(?:[€$£]\s?\d{1,3}(?:[.,\u202f ]\d{3})*(?:[.,]\d{1,2})?(?:\s?[-–]\s?[€$£]?\s?\d{1,5}(?:[.,]\d{1,2})?)?|\b(?:eur|usd|gbp|chf)\s?\d{1,5}(?:[.,]\d{1,2})?|\b\d{1,3}(?:[.\u202f ]\d{3})*(?:[.,]\d{1,2}|,-)?(?:\s?[-–]\s?\d{1,5}(?:[.,]\d{1,2})?)?\s?(?:(?:€|\$|£)(?![ \u00a0]?\d)|\beur\b|\bchf\b|\beuros?\b|\bdollars?\b))/gi;

/** Headings above a list of services. */
export const servicesHeading =
  /\b(services|our services|treatments|what we (do|offer)|leistungen|unsere leistungen|behandlungen|angebot|unser angebot|prestations|nos prestations|soins|nos soins|servicios|nuestros servicios|tratamientos|diensten|onze diensten|behandelingen|servizi|i nostri servizi|trattamenti|therapies|classes|kurse|cours|clases|lessen|corsi)\b/i;
/** Class fragments of one service card or price-list row. */
export const serviceItemMarkers =
  /(^|[\s_-])(service|services-item|service-item|service-card|leistung|treatment|prestation|servicio|tratamiento|dienst|behandeling|servizio|trattamento|menu-item|price-item|pricing-item|preis-item|dish)([\s_-]|$)/i;

/** Plural words for a page or link listing several branches. */
export const locationsWords = [
  'locations',
  'our locations',
  'standorte',
  'unsere standorte',
  'filialen',
  'unsere filialen',
  'nos salons',
  'nos adresses',
  'nos cabinets',
  'nos restaurants',
  'nos centres',
  'sedes',
  'nuestras sedes',
  'ubicaciones',
  'nuestros centros',
  'locaties',
  'vestigingen',
  'onze vestigingen',
  'onze locaties',
  'sedi',
  'le nostre sedi',
];

// ---------------------------------------------------------------------------------------------
// Opening hours
// ---------------------------------------------------------------------------------------------

/** Day names and abbreviations → ISO day number (1 Monday … 7 Sunday). */
// prettier-ignore
export const dayTokens: Record<string, number> = {
  monday: 1, mon: 1, mo: 1, montag: 1, lundi: 1, lun: 1, lunes: 1, maandag: 1, ma: 1, lunedì: 1, lunedi: 1,
  tuesday: 2, tue: 2, tues: 2, tu: 2, dienstag: 2, di: 2, mardi: 2, mar: 2, martes: 2, dinsdag: 2, martedì: 2, martedi: 2,
  wednesday: 3, wed: 3, we: 3, mittwoch: 3, mi: 3, mercredi: 3, mer: 3, miércoles: 3, miercoles: 3, mié: 3, mie: 3,
  woensdag: 3, wo: 3, mercoledì: 3, mercoledi: 3, merc: 3,
  thursday: 4, thu: 4, thur: 4, thurs: 4, th: 4, donnerstag: 4, do: 4, jeudi: 4, jeu: 4, jueves: 4, jue: 4,
  donderdag: 4, giovedì: 4, giovedi: 4, gio: 4,
  friday: 5, fri: 5, fr: 5, freitag: 5, vendredi: 5, ven: 5, viernes: 5, vie: 5, vrijdag: 5, vr: 5, venerdì: 5, venerdi: 5,
  saturday: 6, saturdays: 6, sat: 6, sa: 6, samstag: 6, samstags: 6, samedi: 6, sam: 6, sábado: 6, sábados: 6, sabado: 6,
  sabados: 6, sáb: 6, sab: 6, zaterdag: 6, zaterdags: 6, za: 6, sabato: 6,
  sunday: 7, sundays: 7, sun: 7, so: 7, sonntag: 7, sonntags: 7, dimanche: 7, dim: 7, domingo: 7, domingos: 7, dom: 7,
  zondag: 7, zondags: 7, zo: 7, domenica: 7,
};
/** Words between two days meaning "through". */
export const dayRangeWords = ['-', '–', '—', 'to', 'through', 'thru', 'bis', 'au', 'à', 'a', 'al', 't/m', 'tot', 'tm'];
/** Words before the hours that we skip ("Samstag von 9 bis 13"). */
export const hoursLeadWords = [
  'von',
  'de',
  'dalle',
  'van',
  'from',
  'open',
  'geöffnet',
  'ouvert',
  'abierto',
  'aperto',
  'ore',
  'h',
  'uhr',
  'du',
  'dès',
];
/** Words between two times. */
export const timeRangeWords = ['-', '–', '—', 'to', 'till', 'until', 'bis', 'à', 'a', 'al', 'alle', 'tot'];
/** "Closed" in the six languages: a weekend day followed by one of these is not open. */
export const closedWords =
  /^(closed|geschlossen|ruhetag|fermé|ferme|cerrado|gesloten|chiuso|zu\b|nach vereinbarung|by appointment|sur rendez-vous|con cita|op afspraak|su appuntamento)/i;
/** Phrases meaning open every day. */
export const everyDayPhrases =
  /\b(open 7 days|7 days a week|seven days a week|7 tage die woche|täglich geöffnet|7j\/7|7 jours sur 7|ouvert tous les jours|7 días a la semana|abierto todos los días|7 dagen per week|elke dag geopend|7 giorni su 7|aperto tutti i giorni)\b/i;

/** schema.org day names and openingHours day codes → ISO day number. */
export const schemaDays: Record<string, number> = {
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
  mo: 1,
  tu: 2,
  we: 3,
  th: 4,
  fr: 5,
  sa: 6,
  su: 7,
};

// ---------------------------------------------------------------------------------------------
// Contacts
// ---------------------------------------------------------------------------------------------

/** Addresses found on many sites that are nobody's inbox (placeholders, platform error reporting). */
// prettier-ignore
export const ignoredEmailDomains = new Set([
  'example.com', 'example.org', 'example.net', 'domain.com', 'yourdomain.com', 'yoursite.com', 'email.com',
  'sentry.io', 'sentry.wixpress.com', 'wixpress.com', 'sentry-next.wixpress.com', 'mysite.com', 'test.com',
]);

/** Words near a phone number in page text, in the six languages. */
export const phoneLabels =
  /(tel|tél|phone|telefon|telephone|téléphone|teléfono|telefono|telefoon|fon|mobil|mobile|cell|handy|portable|móvil|movil|cellulare|whatsapp|call|ruf|appelez|llámanos|llamanos|bel|chiama|☎|📞)\W{0,12}$/i;

/** Country from the top-level domain, to read national phone numbers. */
// prettier-ignore
export const countryByTld: Record<string, string> = {
  de: 'DE', at: 'AT', ch: 'CH', fr: 'FR', be: 'BE', lu: 'LU', es: 'ES', nl: 'NL', it: 'IT', uk: 'GB', 'co.uk': 'GB',
  ie: 'IE', us: 'US', ca: 'CA', au: 'AU', 'com.au': 'AU', nz: 'NZ', 'co.nz': 'NZ', pt: 'PT', mx: 'MX', 'com.mx': 'MX',
  ar: 'AR', 'com.ar': 'AR', co: 'CO', cl: 'CL', pl: 'PL', dk: 'DK', se: 'SE', no: 'NO', fi: 'FI',
};
/** Country from a language without region, when it is mostly one country's. */
export const countryByLanguage: Record<string, string> = { de: 'DE', fr: 'FR', es: 'ES', nl: 'NL', it: 'IT', en: 'US', pt: 'PT' };

export interface SocialRule {
  network: 'facebook' | 'instagram' | 'linkedin' | 'x' | 'tiktok' | 'youtube' | 'pinterest';
  hosts: string[];
  canonicalHost: string;
  /** Path of a profile; share links, posts and plugins do not match. */
  profilePath: RegExp;
}

export const socialRules: SocialRule[] = [
  {
    network: 'facebook',
    hosts: ['facebook.com', 'fb.com', 'fb.me'],
    canonicalHost: 'www.facebook.com',
    profilePath:
      /^\/(?:profile\.php|pages\/[^/]+\/\d+|people\/[^/]+\/\d+|(?!(?:sharer|share|dialog|plugins|tr|login|groups|events|watch|photo|photos|hashtag|help|policies|privacy|ads|business|home\.php|sharer\.php|l\.php|story\.php|permalink\.php)(?:\/|$))[\w.-]{2,})\/?$/i,
  },
  {
    network: 'instagram',
    hosts: ['instagram.com', 'instagr.am'],
    canonicalHost: 'www.instagram.com',
    profilePath: /^\/(?!(?:p|reel|reels|explore|stories|accounts|direct|tv|developer|about|legal)(?:\/|$))[\w.]{1,30}\/?$/i,
  },
  {
    network: 'linkedin',
    hosts: ['linkedin.com'],
    canonicalHost: 'www.linkedin.com',
    profilePath: /^\/(?:company|in|school|showcase)\/[^/]+\/?$/i,
  },
  {
    network: 'x',
    hosts: ['twitter.com', 'x.com'],
    canonicalHost: 'x.com',
    profilePath: /^\/(?!(?:intent|share|home|search|hashtag|i|login|signup|explore|settings|messages|notifications)(?:\/|$))\w{1,15}\/?$/i,
  },
  { network: 'tiktok', hosts: ['tiktok.com'], canonicalHost: 'www.tiktok.com', profilePath: /^\/@[\w.]+\/?$/i },
  {
    network: 'youtube',
    hosts: ['youtube.com'],
    canonicalHost: 'www.youtube.com',
    profilePath: /^\/(?:channel\/[\w-]+|c\/[^/]+|user\/[^/]+|@[\w.-]+)\/?$/i,
  },
  {
    network: 'pinterest',
    hosts: [
      'pinterest.com',
      'pinterest.de',
      'pinterest.fr',
      'pinterest.es',
      'pinterest.it',
      'pinterest.co.uk',
      'pinterest.nl',
      'pinterest.ca',
      'pinterest.com.au',
    ],
    canonicalHost: 'www.pinterest.com',
    profilePath: /^\/(?!(?:pin|search|_|ideas|today|login|business)(?:\/|$))[\w.-]{3,}\/?$/i,
  },
];

// ---------------------------------------------------------------------------------------------
// schema.org
// ---------------------------------------------------------------------------------------------

/** LocalBusiness and the subtypes small businesses use; names ending in these words also count. */
// prettier-ignore
export const localBusinessTypes = new Set([
  'LocalBusiness', 'ProfessionalService', 'MedicalBusiness', 'MedicalClinic', 'MedicalOrganization', 'Dentist', 'Physician',
  'Optician', 'Pharmacy', 'Physiotherapy', 'Chiropractor', 'HealthAndBeautyBusiness', 'BeautySalon', 'HairSalon', 'NailSalon',
  'DaySpa', 'TattooParlor', 'HealthClub', 'ExerciseGym', 'SportsActivityLocation', 'YogaStudio', 'FoodEstablishment',
  'Restaurant', 'Bakery', 'BarOrPub', 'CafeOrCoffeeShop', 'FastFoodRestaurant', 'IceCreamShop', 'Winery', 'Brewery',
  'HomeAndConstructionBusiness', 'Electrician', 'Plumber', 'HVACBusiness', 'GeneralContractor', 'HousePainter', 'Locksmith',
  'RoofingContractor', 'MovingCompany', 'AutomotiveBusiness', 'AutoRepair', 'AutoBodyShop', 'VeterinaryCare', 'AnimalShelter',
  'LegalService', 'Attorney', 'Notary', 'AccountingService', 'FinancialService', 'RealEstateAgent', 'LodgingBusiness', 'Hotel',
  'Store', 'ChildCare', 'DryCleaningOrLaundry', 'EmergencyService', 'EntertainmentBusiness', 'TravelAgency', 'Massage',
]);
export const localBusinessTypeSuffix = /(Business|Store|Service|Shop|Salon|Clinic|Restaurant|Contractor|Studio)$/;
