package org.huzhu.enrolment.application;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Gathers streamed rows into chunks of a fixed size and hands each full chunk (and the last one) on. */
final class Chunker<T> implements Consumer<T> {

    private final int size;
    private final Consumer<List<T>> target;
    private List<T> chunk;

    Chunker(int size, Consumer<List<T>> target) {
        this.size = size;
        this.target = target;
        this.chunk = new ArrayList<>(size);
    }

    @Override
    public void accept(T item) {
        chunk.add(item);
        if (chunk.size() == size) {
            flush();
        }
    }

    void flush() {
        if (!chunk.isEmpty()) {
            List<T> full = chunk;
            chunk = new ArrayList<>(size);
            target.accept(full);
        }
    }
}
