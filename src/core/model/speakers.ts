// Nouns that head a speaker phrase when an article does not name the speaker. General English news
// vocabulary only: no names from any article.

/**
 * A person described by what they do or who they are to someone ("a forensic investigator", "the
 * president-elect", "her mother"): the article may name that very person elsewhere.
 */
export const ROLE_NOUNS = new Set([
  'official', 'spokesman', 'spokeswoman', 'spokesperson', 'representative', 'investigator', 'researcher',
  'scientist', 'expert', 'analyst', 'specialist', 'lawyer', 'attorney', 'counsel', 'prosecutor', 'judge',
  'officer', 'detective', 'deputy', 'sheriff', 'trooper', 'agent', 'inspector', 'chief', 'director',
  'manager', 'executive', 'president', 'minister', 'secretary', 'ambassador', 'envoy', 'diplomat',
  'senator', 'lawmaker', 'congressman', 'congresswoman', 'governor', 'mayor', 'leader', 'commander',
  'general', 'colonel', 'captain', 'doctor', 'physician', 'surgeon', 'nurse', 'professor', 'teacher',
  'author', 'writer', 'reporter', 'journalist', 'witness', 'source', 'aide', 'adviser', 'advisor',
  'assistant', 'neighbor', 'neighbour', 'resident', 'friend', 'relative', 'mother', 'father', 'son',
  'daughter', 'wife', 'husband', 'brother', 'sister', 'parent', 'victim', 'survivor', 'owner', 'founder',
  'chairman', 'chairwoman', 'chair', 'ceo', 'coach', 'player', 'student', 'pastor', 'priest', 'bishop',
  'pope', 'king', 'queen', 'prince', 'princess', 'activist', 'organizer', 'organiser', 'campaigner',
  'candidate', 'nominee', 'worker', 'employee', 'staffer', 'member', 'man', 'woman', 'person', 'boy', 'girl',
  'teenager', 'suspect', 'defendant', 'plaintiff', 'accuser', 'partner', 'colleague', 'actor', 'actress',
  'singer', 'star', 'host', 'producer', 'editor', 'principal', 'superintendent', 'commissioner',
  'premier', 'chancellor', 'councilman', 'councilwoman', 'councillor', 'councilor', 'pilot',
]);

/**
 * A document that carries someone's words ("the filing says", "according to the will"): the words
 * are usually someone else's, so a document credited with them says nothing about who spoke.
 */
export const DOCUMENT_NOUNS = new Set([
  'filing', 'will', 'report', 'release', 'statement', 'letter', 'email', 'e-mail', 'document', 'paper',
  'lawsuit', 'suit', 'complaint', 'affidavit', 'article', 'post', 'tweet', 'memo', 'note', 'ruling',
  'order', 'indictment', 'record', 'transcript', 'petition', 'message', 'text', 'website', 'study',
  'survey', 'book', 'notice', 'motion', 'warrant', 'obituary', 'blog', 'column', 'editorial', 'caption',
  'sign', 'headline', 'citation', 'verdict', 'decision', 'opinion', 'brief', 'testimony',
]);

/**
 * The head noun of a capitalised body that speaks as one ("the State Department", "the White House",
 * "the Justice Ministry"): such a phrase names an organisation, not a person the article left unnamed.
 */
export const ORGANISATION_NOUNS = new Set([
  'department', 'ministry', 'office', 'agency', 'house', 'police', 'court', 'council', 'committee',
  'commission', 'company', 'corporation', 'corp', 'inc', 'group', 'government', 'administration',
  'service', 'services', 'board', 'bureau', 'embassy', 'army', 'navy', 'military', 'forces', 'force',
  'party', 'campaign', 'union', 'association', 'foundation', 'institute', 'university', 'college',
  'school', 'hospital', 'center', 'centre', 'network', 'team', 'club', 'church', 'bank', 'authority',
  'organization', 'organisation', 'senate', 'congress', 'parliament', 'cabinet', 'secretariat',
  'coalition', 'alliance', 'federation', 'league', 'society', 'fund', 'trust', 'guard', 'patrol',
  'station', 'magazine', 'newspaper', 'times', 'post', 'journal', 'press', 'news',
]);
