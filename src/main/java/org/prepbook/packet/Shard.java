package org.prepbook.packet;

import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.prepbook.profile.ProfileParser;

/**
 * One share of a cohort, {@code index} of {@code count} (1-based, as "shard 2 of 4" is said), so N
 * machines given the same profiles each make a different part and together make all of it, with
 * no scheduler of ours between them.
 *
 * <p>The split depends only on the packet folder names (the profiles' file names), sorted, never
 * on input order, file system order or the machine: the k-th name goes to shard k mod N. Profiles
 * that would claim the same folder always land on the same shard, so the clash is reported there
 * rather than two machines each writing that folder.
 */
public record Shard(int index, int count) {
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("shard " + index + "/" + count);
        }
    }

    /** Parses {@code I/N}; the exception's message says what is wrong, in a user's words. */
    public static Shard parse(String text) {
        String[] parts = text.trim().split("/", -1);
        if (parts.length != 2 || !parts[0].matches("[0-9]{1,9}") || !parts[1].matches("[0-9]{1,9}")) {
            throw new IllegalArgumentException("'" + text + "' is not a shard: write I/N, e.g. 2/4 for the second of four");
        }
        int index = Integer.parseInt(parts[0]);
        int count = Integer.parseInt(parts[1]);
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("shard " + text + " does not exist: I runs from 1 to N, and N is at least 1");
        }
        return new Shard(index, count);
    }

    /** The files of this shard, in their input order. */
    public List<Path> of(List<Path> files) {
        if (count == 1) {
            return files;
        }
        List<String> names = List.copyOf(new TreeSet<>(files.stream().map(ProfileParser::slug).toList()));
        return files.stream().filter(f -> names.indexOf(ProfileParser.slug(f)) % count == index - 1).toList();
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
