package vn.cchc.warehouse;

/** The warehouse cannot be opened, migrated or written. */
public class WarehouseException extends RuntimeException {
    public WarehouseException(String message, Throwable cause) {
        super(message, cause);
    }
}
