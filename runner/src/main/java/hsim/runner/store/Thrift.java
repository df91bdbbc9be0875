package hsim.runner.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Thrift compact protocol, just the parts the footer and page headers need. */
final class Thrift {
    static final int I16 = 4;
    static final int I32 = 5;
    static final int I64 = 6;
    static final int BINARY = 8;
    static final int LIST = 9;
    static final int STRUCT = 12;

    private final ByteArrayOutputStream buf = new ByteArrayOutputStream();
    private final List<Integer> lastIds = new ArrayList<>(List.of(0));

    byte[] bytes() { return buf.toByteArray(); }

    private void fieldHeader(int id, int type) {
        int last = lastIds.get(lastIds.size() - 1);
        int delta = id - last;
        if (delta > 0 && delta <= 15) buf.write((delta << 4) | type);
        else { buf.write(type); varint(buf, zigzag(id)); }
        lastIds.set(lastIds.size() - 1, id);
    }

    Thrift i16(int id, short v) { fieldHeader(id, I16); varint(buf, zigzag(v)); return this; }

    Thrift i32(int id, int v) { fieldHeader(id, I32); varint(buf, zigzag(v)); return this; }

    Thrift i64(int id, long v) { fieldHeader(id, I64); varint(buf, zigzag(v)); return this; }

    Thrift bin(int id, String s) { fieldHeader(id, BINARY); rawBin(s); return this; }

    Thrift beginStruct(int id) { fieldHeader(id, STRUCT); lastIds.add(0); return this; }

    Thrift endStruct() { buf.write(0); lastIds.remove(lastIds.size() - 1); return this; }

    Thrift beginList(int id, int elemType, int size) {
        fieldHeader(id, LIST);
        if (size < 15) buf.write((size << 4) | elemType);
        else { buf.write(0xF0 | elemType); varint(buf, size); }
        return this;
    }

    Thrift beginElement() { lastIds.add(0); return this; }

    Thrift endElement() { return endStruct(); }

    Thrift listI32(int v) { varint(buf, zigzag(v)); return this; }

    Thrift listBin(String s) { rawBin(s); return this; }

    /** Appends bytes encoded by another Thrift writer (a list element built on its own). */
    Thrift raw(byte[] b) { buf.write(b, 0, b.length); return this; }

    void stop() { buf.write(0); }

    private void rawBin(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        varint(buf, b.length);
        buf.write(b, 0, b.length);
    }

    static long zigzag(long v) { return (v << 1) ^ (v >> 63); }

    static void varint(OutputStream o, long v) {
        try {
            while ((v & ~0x7FL) != 0) { o.write((int) ((v & 0x7F) | 0x80)); v >>>= 7; }
            o.write((int) v);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
