export { matchIncident, scoreIncident, minIncidentScore, type IncidentMatch } from './match-incident';
export { proposeIncident, type ProposedIncident } from './propose-incident';
export { tellsOfIncident } from './tells-of-incident';
