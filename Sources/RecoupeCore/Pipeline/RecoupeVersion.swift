import RecoupeICU
/// Recoupe's version, recorded in every output (resume redoes outputs from another version).
public enum RecoupeVersion {
    public static let string = "0.1.0"
}
