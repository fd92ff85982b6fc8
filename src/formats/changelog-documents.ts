import { XMLParser } from 'fast-xml-parser';
import { parseAllDocuments } from 'yaml';

/**
 * The document parsers of Liquibase changelogs (XML, YAML), in a module of their own: a review
 * imports them only when it finds a Liquibase set (liquibase-changelog.ts loadChangelogReaders),
 * instead of compiling 400 KB of parsers on every run.
 */
export const xml = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', removeNSPrefix: true, parseAttributeValue: false, parseTagValue: false, ignoreDeclaration: true, ignorePiTags: true });

export { parseAllDocuments };
