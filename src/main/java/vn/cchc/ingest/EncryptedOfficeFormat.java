package vn.cchc.ingest;

/**
 * A password-protected .docx or .xlsx: Office wraps the encrypted package in an OLE2 compound file
 * ("EncryptionInfo" + "EncryptedPackage"), so it no longer looks like a ZIP. Recognised only to
 * say so clearly; without the password nothing in it can be read.
 */
final class EncryptedOfficeFormat implements FormatReader {

    @Override
    public boolean accepts(byte[] bytes) {
        return Ole2.hasRootEntry(bytes, "EncryptedPackage");
    }

    @Override
    public DocumentText read(byte[] bytes) throws ReportReadException {
        throw new ReportReadException("password-protected: cannot be read");
    }
}
