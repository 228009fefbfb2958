// Word lists the extractors consult. General English news vocabulary only: no names from any article.

/** Verbs that attribute speech; any form listed is matched as a whole word. */
export const SPEECH_VERBS = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'asked', 'asks', 'insisted', 'insists', 'warned', 'warns',
  'stated', 'states', 'wrote', 'writes', 'claimed', 'claims', 'noted', 'notes', 'explained', 'explains', 'replied',
  'replies', 'announced', 'announces', 'declared', 'declares', 'tweeted', 'tweets', 'recalled', 'recalls',
  'argued', 'argues', 'continued', 'continues', 'testified', 'testifies', 'posted', 'posts', 'acknowledged',
  'acknowledges', 'admitted', 'admits', 'urged', 'urges', 'cautioned', 'concluded', 'remarked', 'responded',
  'conceded', 'reiterated', 'reiterates', 'shouted', 'yelled', 'whispered', 'joked', 'quipped', 'pleaded', 'vowed', 'confirmed', 'confirms',
  // "released a statement:", "issued this statement:" introduce a quote the same way.
  'released', 'issued',
]);

/** Titles and roles that may stand before a name ("Foreign Minister", "Sen.", "Gen."). Lower case, no dot. */
export const TITLE_WORDS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend', 'father',
  'sister', 'brother', 'rabbi', 'imam', 'sheikh', 'pope', 'king', 'queen', 'prince', 'princess', 'emperor',
  'president', 'vice', 'premier', 'chancellor', 'minister', 'secretary', 'undersecretary', 'deputy', 'assistant',
  'ambassador', 'envoy', 'consul', 'spokesman', 'spokeswoman', 'spokesperson', 'senator', 'sen', 'rep',
  'representative', 'congressman', 'congresswoman', 'assemblyman', 'assemblywoman', 'councilman', 'councilwoman',
  'councillor', 'councilor', 'gov', 'governor', 'lt', 'lieutenant', 'mayor', 'judge', 'justice', 'attorney',
  'prosecutor', 'sheriff', 'officer', 'detective', 'sgt', 'sergeant', 'cpl', 'corporal', 'pvt', 'private',
  'capt', 'captain', 'maj', 'major', 'col', 'colonel', 'gen', 'general', 'adm', 'admiral', 'commander', 'cmdr',
  'chief', 'head', 'director', 'chairman', 'chairwoman', 'chair', 'ceo', 'founder', 'coach', 'manager',
  'commissioner', 'superintendent', 'inspector', 'constable', 'marshal', 'trooper', 'agent', 'speaker',
  'leader', 'dean', 'provost', 'chef', 'actor', 'actress', 'singer', 'writer', 'author', 'editor', 'reporter',
  'correspondent', 'anchor', 'host', 'producer', 'director', 'analyst', 'activist', 'lawyer', 'pastor',
  'bishop', 'cardinal', 'archbishop', 'patriarch', 'ayatollah', 'mullah', 'foreign', 'defense', 'defence',
  'interior', 'justice', 'finance', 'state', 'press', 'prime', 'supreme', 'grand', 'first', 'former', 'acting',
  'interim', 'executive', 'senior', 'junior', 'health', 'education', 'energy', 'trade', 'home', 'labor',
  'labour', 'transport', 'army', 'navy', 'police', 'fire', 'district', 'county', 'city', 'federal', 'national',
  'white', 'house', 'department', 'ministry', 'pentagon', 'military', 'security', 'intelligence', 'council',
]);

/** Words that make a capitalised sequence an organisation, place or thing rather than a person. */
export const NON_PERSON_WORDS = new Set([
  'department', 'ministry', 'council', 'house', 'nations', 'union', 'party', 'army', 'navy', 'court', 'street',
  'university', 'college', 'school', 'center', 'centre', 'agency', 'committee', 'assembly', 'coalition', 'group',
  'forces', 'force', 'states', 'kingdom', 'republic', 'embassy', 'post', 'news', 'times', 'press', 'network',
  'company', 'corp', 'inc', 'ltd', 'bank', 'fund', 'foundation', 'institute', 'association', 'church', 'hospital',
  'airport', 'station', 'county', 'city', 'province', 'region', 'river', 'mountain', 'mountains', 'lake',
  'island', 'islands', 'sea', 'ocean', 'gulf', 'valley', 'park', 'square', 'avenue', 'road', 'bridge', 'hall',
  'tower', 'palace', 'capitol', 'hill', 'office', 'service', 'services', 'authority', 'commission', 'board',
  'organization', 'organisation', 'movement', 'front', 'brigade', 'battalion', 'regiment', 'division', 'guard',
  'police', 'jail', 'prison', 'club', 'team', 'league', 'festival', 'awards', 'award', 'prize', 'war', 'act',
  'bill', 'law', 'treaty', 'summit', 'conference', 'week', 'day', 'north', 'south', 'east', 'west', 'middle',
  'general', 'security', 'intelligence', 'federation', 'state', 'islamic', 'al-qaeda', 'al-qaida', 'pentagon',
  'congress', 'senate', 'parliament', 'government', 'administration', 'media', 'tv', 'radio', 'magazine',
  'journal', 'review', 'tribune', 'herald', 'gazette', 'daily', 'weekly', 'online', 'reuters', 'associated',
  'twitter', 'facebook', 'instagram', 'youtube', 'google', 'apple', 'amazon', 'microsoft', 'airlines', 'airways',
  'museum', 'gallery', 'theater', 'theatre', 'studio', 'studios', 'records', 'pictures', 'films', 'channel',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'god', 'christmas',
  'easter', 'ramadan', 'olympics', 'olympic', 'games', 'cup', 'championship', 'series', 'county', 'district',
]);

/** Lower-case particles that belong inside a name ("Ludwig van Beethoven", "Bashar al Assad"). */
export const NAME_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'abu', 'de', 'da', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'le', 'la', 'du', 'dos', 'das', 'ter', 'ten', 'st']);

/** Words that start a sentence in capitals but never a name. */
export const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'and', 'but', 'or', 'if', 'when', 'while', 'after', 'before', 'as', 'at', 'in', 'on', 'of',
  'for', 'from', 'to', 'with', 'by', 'about', 'also', 'earlier', 'later', 'then', 'now', 'meanwhile', 'still',
  'even', 'however', 'yet', 'so', 'since', 'until', 'although', 'though', 'because', 'this', 'that', 'these',
  'those', 'there', 'here', 'we', 'he', 'she', 'they', 'it', 'i', 'you', 'his', 'her', 'their', 'our', 'my',
  'its', 'what', 'who', 'why', 'how', 'where', 'which', 'not', 'no', 'yes', 'all', 'some', 'many', 'most',
  'each', 'every', 'both', 'either', 'neither', 'one', 'only', 'just', 'under', 'over', 'into', 'during',
  'against', 'without', 'within', 'among', 'between', 'through', 'across', 'like', 'unlike', 'per', 'via',
  'today', 'tonight', 'yesterday', 'tomorrow', 'dear', 'please', 'thanks', 'thank', 'hello', 'oh', 'well',
  'speaking', 'according', 'asked', 'said', 'says', 'told', 'photo', 'image', 'video', 'watch', 'read', 'more',
  'new', 'breaking', 'update', 'updated', 'editor', 'note', 'advertisement', 'related', 'share', 'print', 'email',
]);

/** Pronouns that point back at a speaker. */
export const SPEAKER_PRONOUNS = new Set(['he', 'she', 'they']);
