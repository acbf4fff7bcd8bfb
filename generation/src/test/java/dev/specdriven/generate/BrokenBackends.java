package dev.specdriven.generate;

import dev.specdriven.generate.spi.ModelBackend;

/** Providers that fail to load in different ways, installed by tests through a class loader. */
final class BrokenBackends {
    private BrokenBackends() {}

    /** A backend whose id is not a valid id. */
    public static final class InvalidId implements ModelBackend {
        /** For ServiceLoader. */
        public InvalidId() {}

        @Override
        public String id() {
            return "Not Valid!";
        }

        @Override
        public String complete(GenerationRequest request) {
            return "";
        }
    }

    /** A backend whose constructor throws. */
    public static final class ThrowsOnCreate implements ModelBackend {
        /** For ServiceLoader. */
        public ThrowsOnCreate() {
            throw new IllegalStateException("no API key configured");
        }

        @Override
        public String id() {
            return "throws";
        }

        @Override
        public String complete(GenerationRequest request) {
            return "";
        }
    }
}
