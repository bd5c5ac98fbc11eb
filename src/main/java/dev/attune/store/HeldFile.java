package dev.attune.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * The held-answers file in the data folder: journal calls that could not be saved to the database,
 * kept so that the next start saves them. With a passphrase it is sealed with the same key as the
 * database. Owner-only, written whole to a new file and moved into place, so it is never half
 * written.
 *
 * <p>A full disk is when it is needed most, and then a new file cannot be written. So a small
 * reserve file is made while there is room ({@link #reserve}); when the disk is full the held
 * answers are written into the reserve's own space, which needs no more, and it takes the
 * held-answers name.
 */
final class HeldFile {
  private static final Logger LOG = Logger.getLogger(HeldFile.class.getName());

  static final String NAME = "held-answers";
  private static final int MAGIC = 0x41544844; // "ATHD"

  /**
   * 1: the payload runs to the end; 2: its length comes first (a reserve has zeros after it); 3:
   * the number of answers comes first, outside any seal, so a file that cannot be opened still says
   * how many answers it held; 4: then the file's own id (new at every save, recorded in the
   * database when its calls are saved, so they are never saved twice) and a CRC-32 of what follows,
   * so a write torn half way is known.
   */
  private static final int VERSION = 4;

  static final String RESERVE_NAME = NAME + ".reserve";

  /** The reserve's size: room for hundreds of held answers. */
  static final int RESERVE = 64 * 1024;

  private final Path file;
  private final Database database;
  private final Clock clock;

  /**
   * The three things the disk is asked to do with the file: write, make it durable, rename. One
   * seam, so a test can fail each of them in turn.
   */
  interface Disk {
    /** One write, which may take only part of the buffer. */
    void write(FileChannel channel, java.nio.ByteBuffer buffer) throws IOException;

    /** Makes what was written durable (fsync). */
    void force(FileChannel channel) throws IOException;

    void move(Path from, Path to) throws IOException;

    /** The real disk. */
    Disk REAL =
        new Disk() {
          @Override
          public void write(FileChannel channel, java.nio.ByteBuffer buffer) throws IOException {
            channel.write(buffer);
          }

          @Override
          public void force(FileChannel channel) throws IOException {
            channel.force(true);
          }

          @Override
          public void move(Path from, Path to) throws IOException {
            Files.move(
                from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
          }
        };
  }

  private final Disk disk;

  HeldFile(Database database, Clock clock) {
    this(database, clock, Disk.REAL);
  }

  HeldFile(Database database, Clock clock, Disk disk) {
    this.file = database.file().resolveSibling(NAME);
    this.database = database;
    this.clock = clock;
    this.disk = disk;
  }

  boolean exists() {
    return Files.exists(file);
  }

  /**
   * What a read of the file gave.
   *
   * @param calls the calls read, in order
   * @param unread answers the file held that could not be read (it was damaged and moved aside): 0
   *     for none, {@link #UNKNOWN} when it cannot say how many
   * @param damaged whether it was damaged and moved aside ({@code calls} are what came before)
   * @param id the file's id, recorded when its calls are saved; {@code null} for an older file
   */
  record Loaded(List<HeldCall> calls, int unread, boolean damaged, String id) {
    static final int UNKNOWN = -1;

    static final Loaded NONE = new Loaded(List.of(), 0, false, null);
  }

  /** The calls held in the file, in order; see {@link #read}. */
  List<HeldCall> load() {
    return read().calls();
  }

  /**
   * The calls held in the file, in order; none when there is no file. A damaged file is moved aside
   * with its bytes, never deleted: the calls before the damage are read (unless it is sealed: a
   * damaged seal opens nothing), and the answers after it are counted as unread. The caller keeps
   * those calls (see {@code PendingJournal}): the file they came from is gone.
   *
   * @throws IllegalStateException when the file is sealed and Attune is locked
   * @throws StoreException when it cannot be read
   */
  Loaded read() {
    if (!exists()) {
      return Loaded.NONE;
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw StoreException.because("Attune cannot read its held answers in", file, e, "");
    }
    int answers = Loaded.UNKNOWN;
    String id = null;
    List<HeldCall> held = new ArrayList<>();
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      if (in.readInt() != MAGIC) {
        throw new IOException("not a held-answers file");
      }
      byte[] payload;
      int format = in.readInt();
      boolean whole = true;
      if (format >= 3 && format <= VERSION) {
        answers = in.readInt();
      }
      long crc = 0;
      if (format == VERSION) {
        id = new java.util.UUID(in.readLong(), in.readLong()).toString();
        crc = in.readInt() & 0xffffffffL;
      }
      if (format == 1) {
        payload = in.readAllBytes();
      } else if (format >= 2 && format <= VERSION) {
        int length = in.readInt();
        if (length < 0) {
          throw new IOException("a negative length");
        }
        // A file cut short keeps what is there: the calls before the cut are read, and the one
        // it cut reads as damaged.
        payload = new byte[Math.min(length, in.available())];
        in.readFully(payload);
        if (format == VERSION) {
          java.util.zip.CRC32 check = new java.util.zip.CRC32();
          check.update(payload);
          // Cut short, the calls before the cut are whole; all there but not matching its check,
          // a write stopped inside it (see dropTorn).
          whole = payload.length < length || check.getValue() == crc;
        }
      } else {
        throw new IOException("not a held-answers file");
      }
      if (payload.length > 0 && payload[0] == 1 && !database.keyOpen()) {
        throw new IllegalStateException("the held answers are sealed, and Attune is locked");
      }
      if (payload.length > 0 && payload[0] == 1) {
        payload =
            database.openBytes(java.util.Arrays.copyOfRange(payload, 1, payload.length), NAME);
      } else if (payload.length > 0) {
        payload = java.util.Arrays.copyOfRange(payload, 1, payload.length);
      }
      DataInputStream calls = new DataInputStream(new ByteArrayInputStream(payload));
      int count = calls.readInt();
      for (int i = 0; i < count; i++) {
        HeldCall call;
        try {
          call = HeldCall.read(calls);
        } catch (IOException | RuntimeException e) {
          dropTorn(held, whole);
          throw e;
        }
        if (!call.possible()) {
          // Zeros where a write stopped (a torn write into the reserve) read as calls too.
          dropTorn(held, whole);
          throw new IOException("a call that cannot have been made");
        }
        held.add(call);
      }
      if (!whole) {
        dropTorn(held, false);
        throw new IOException("its check does not match: a write was torn");
      }
      return new Loaded(held, 0, false, id);
    } catch (IllegalStateException locked) {
      throw locked;
    } catch (IOException | Vault.DamagedException | RuntimeException e) {
      Path aside = file.resolveSibling(NAME + ".damaged-" + clock.millis());
      LOG.severe("the held answers could not be read, and were moved aside: " + e.getClass());
      try {
        Files.move(file, aside);
      } catch (IOException moved) {
        throw StoreException.because(
            "Attune cannot set aside its damaged held answers in", file, moved, "");
      }
      // What was read before the damage is whole and in order, so it is saved.
      int unread = answers == Loaded.UNKNOWN ? answers : Math.max(0, answers - answers(held));
      return new Loaded(List.copyOf(held), unread, true, null);
    }
  }

  /**
   * When the file's check failed, the last call read may be the one a torn write cut through, with
   * zeros read as its end: it is not trusted. The calls before it are bytes the write left as they
   * were.
   */
  private static void dropTorn(List<HeldCall> held, boolean whole) {
    if (!whole && !held.isEmpty()) {
      held.remove(held.size() - 1);
    }
  }

  /**
   * How many answers {@code calls} hold, as a person counts them: one per question each person
   * answered (a question answered again, or a choice changed, is still one answer).
   */
  static int answers(List<HeldCall> calls) {
    return (int)
        calls.stream()
            .filter(c -> c.kind() == HeldCall.Kind.ANSWER)
            .map(c -> c.checkInId() + "\u0000" + c.personId() + "\u0000" + c.first())
            .distinct()
            .count();
  }

  /**
   * Replaces the file with {@code calls}; none deletes it.
   *
   * @throws IllegalStateException when a passphrase is set and Attune is locked
   * @throws StoreException when it cannot be written (a full disk)
   */
  void save(List<HeldCall> calls) {
    if (calls.isEmpty()) {
      delete();
      return;
    }
    Path next = file.resolveSibling(NAME + ".new");
    byte[] bytes = null;
    try {
      ByteArrayOutputStream plain = new ByteArrayOutputStream();
      try (DataOutputStream out = new DataOutputStream(plain)) {
        out.writeInt(calls.size());
        for (HeldCall call : calls) {
          call.write(out);
        }
      }
      boolean sealed = database.passphraseSet();
      byte[] payload = sealed ? database.sealBytes(plain.toByteArray(), NAME) : plain.toByteArray();
      byte[] body = new byte[payload.length + 1];
      body[0] = (byte) (sealed ? 1 : 0);
      System.arraycopy(payload, 0, body, 1, payload.length);
      java.util.zip.CRC32 check = new java.util.zip.CRC32();
      check.update(body);
      java.util.UUID id = java.util.UUID.randomUUID(); // a new file: saved once, by this id
      ByteArrayOutputStream whole = new ByteArrayOutputStream();
      try (DataOutputStream out = new DataOutputStream(whole)) {
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(answers(calls));
        out.writeLong(id.getMostSignificantBits());
        out.writeLong(id.getLeastSignificantBits());
        out.writeInt((int) check.getValue());
        out.writeInt(body.length);
        out.write(body);
      }
      bytes = whole.toByteArray();
      Files.deleteIfExists(next);
      PrivateFiles.create(next);
      try (FileChannel channel = FileChannel.open(next, StandardOpenOption.WRITE)) {
        writeFully(channel, bytes);
        disk.force(channel);
      }
      disk.move(next, file);
    } catch (IOException e) {
      try {
        Files.deleteIfExists(next);
      } catch (IOException ignored) {
        // Nothing more can be done; the next save replaces it.
      }
      if (bytes != null && intoReserve(bytes)) {
        return;
      }
      throw StoreException.because("Attune cannot write its held answers to", file, e, "");
    }
  }

  /**
   * Makes the reserve while there is room, if it is not there: zeros, owner-only, on the disk.
   *
   * @return whether it is there
   */
  boolean reserve() {
    Path reserve = file.resolveSibling(RESERVE_NAME);
    try {
      if (Files.isRegularFile(reserve) && Files.size(reserve) >= RESERVE) {
        return true;
      }
      Path next = file.resolveSibling(RESERVE_NAME + ".new");
      Files.deleteIfExists(next);
      PrivateFiles.create(next);
      try (FileChannel channel = FileChannel.open(next, StandardOpenOption.WRITE)) {
        writeFully(channel, new byte[RESERVE]);
        disk.force(channel);
      }
      disk.move(next, reserve);
      return true;
    } catch (IOException e) {
      LOG.warning("no room for the held answers' reserve: " + e.getClass().getSimpleName());
      try {
        Files.deleteIfExists(file.resolveSibling(RESERVE_NAME + ".new"));
      } catch (IOException ignored) {
        // Tried again at the next start.
      }
      return false;
    }
  }

  /** A write can take part of what it is given without failing: the rest is written too. */
  private void writeFully(FileChannel channel, byte[] bytes) throws IOException {
    java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
    while (buffer.hasRemaining()) {
      disk.write(channel, buffer);
    }
  }

  /**
   * Writes {@code bytes} over the start of the reserve, which has its space already, and gives it
   * the held-answers name: a rename needs no room. Once the reserve has become the held-answers
   * file, that file's own space is written over the same way, so a disk that stays full still keeps
   * every answer held after.
   */
  private boolean intoReserve(byte[] bytes) {
    Path reserve = file.resolveSibling(RESERVE_NAME);
    try {
      if (!Files.isRegularFile(reserve) || Files.size(reserve) < bytes.length) {
        if (Files.isRegularFile(file) && Files.size(file) >= Math.max(bytes.length, RESERVE)) {
          reserve = file; // the reserve already took this name: its room is here
        } else {
          return false;
        }
      }
      try (FileChannel channel = FileChannel.open(reserve, StandardOpenOption.WRITE)) {
        channel.position(0);
        writeFully(channel, bytes);
        disk.force(channel);
      }
      if (!reserve.equals(file)) {
        disk.move(reserve, file);
      }
      LOG.warning("the disk is full: the held answers went into the reserve");
      return true;
    } catch (IOException e) {
      LOG.severe("the held answers could not go into the reserve: " + e.getClass().getSimpleName());
      return false;
    }
  }

  /**
   * Makes {@code calls} on {@code journal} in one transaction of the database, with the file's id:
   * a file whose id is there already was saved before (a kill came between that and its deletion)
   * and is not saved again. A call the database refuses for what it says, not for the disk (what it
   * belongs to is gone: a backup was restored, or it was deleted), is left out on its own, so the
   * rest are saved and saving goes on; a disk failure saves none of them.
   *
   * @param id the file's id, or {@code null} for a file from before ids
   * @return the answers left out
   */
  int saveAll(List<HeldCall> calls, String id, dev.attune.session.Journal journal) {
    int[] left = {0};
    Transactions.run(
        database,
        c -> {
          if (id != null) {
            try (java.sql.PreparedStatement s =
                c.prepareStatement("SELECT 1 FROM held_applied WHERE id = ?")) {
              s.setString(1, id);
              try (java.sql.ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                  return; // saved before: nothing to do but delete the file
                }
              }
            }
          }
          List<HeldCall> refused = new ArrayList<>();
          try (java.sql.Statement s = c.createStatement()) {
            for (HeldCall call : calls) {
              s.execute("SAVEPOINT held_call");
              try {
                call.apply(journal);
                s.execute("RELEASE held_call");
              } catch (RuntimeException e) {
                if (!Recovery.refused(e)) {
                  throw e; // the disk, or anything else: all or none, tried again later
                }
                s.execute("ROLLBACK TO held_call");
                s.execute("RELEASE held_call");
                refused.add(call);
              }
            }
          }
          if (id != null) {
            try (java.sql.PreparedStatement s =
                c.prepareStatement("INSERT INTO held_applied (id) VALUES (?)")) {
              s.setString(1, id);
              s.executeUpdate();
            }
          }
          if (!refused.isEmpty()) {
            LOG.warning(refused.size() + " held calls were refused by the database and left out");
          }
          left[0] = answers(refused);
        });
    return left[0];
  }

  void delete() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw StoreException.because("Attune cannot delete", file, e, "");
    }
  }
}
