/**
 * A job seeker's profile: the typed {@link org.prepbook.profile.Profile} and its strict parser, whose
 * ids are checked against the handbook the packet is made from.
 */
package org.prepbook.profile;
