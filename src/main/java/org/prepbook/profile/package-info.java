/**
 * A job seeker's profile: the typed {@link org.prepbook.profile.Profile} and its strict parser, whose
 * ids are checked against the handbook the packet is made from, and the commented starter profile
 * ({@link org.prepbook.profile.StarterProfile}) written from that handbook for a first-time user.
 */
package org.prepbook.profile;
