/**
 * One job seeker's packet made in memory from the handbook and a profile: email drafts with every
 * variable filled, the planned view (summary, sheets, question guide, readiness), and its HTML, PDF
 * and calendar; {@link org.prepbook.packet.Batch} runs a cohort of them and
 * {@link org.prepbook.packet.Shard} picks one machine's share of it. Reading content and writing
 * files is left to {@link org.prepbook.PacketBuild}.
 */
package org.prepbook.packet;
