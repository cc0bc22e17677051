/**
 * The search index: documents made from the handbook and its fragments' plain text, BM25 scores,
 * and the sharded JSON files the browser client fetches on demand.
 */
package org.prepbook.search;
