//! Bytes to text: UTF-8 (a BOM dropped), UTF-16 with a BOM, and the test
//! that tells a binary file from text; paths written without loss.

use std::path::Path;

/// How a file's bytes failed to decode; `byte_offset` counts from the start
/// of the file, BOM included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct DecodeError {
    pub encoding: &'static str,
    pub byte_offset: usize,
}

/// Decodes UTF-16 when a UTF-16 BOM opens the file, else UTF-8 (a UTF-8
/// BOM dropped). With `lossy`, invalid sequences become U+FFFD and the
/// first one is returned beside the text.
pub(crate) fn decode(bytes: Vec<u8>, lossy: bool) -> Result<(String, Option<DecodeError>), DecodeError> {
    match bytes.get(..2) {
        Some([0xFF, 0xFE]) => return decode_utf16(&bytes[2..], u16::from_le_bytes, lossy),
        Some([0xFE, 0xFF]) => return decode_utf16(&bytes[2..], u16::from_be_bytes, lossy),
        _ => {}
    }
    const BOM: &[u8] = b"\xEF\xBB\xBF";
    let bom_len = if bytes.starts_with(BOM) { BOM.len() } else { 0 };
    let body = bytes[bom_len..].to_vec();
    match String::from_utf8(body) {
        Ok(text) => Ok((text, None)),
        Err(err) => {
            let error = DecodeError { encoding: "UTF-8", byte_offset: bom_len + err.utf8_error().valid_up_to() };
            if lossy {
                Ok((String::from_utf8_lossy(err.as_bytes()).into_owned(), Some(error)))
            } else {
                Err(error)
            }
        }
    }
}

fn decode_utf16(body: &[u8], unit: fn([u8; 2]) -> u16, lossy: bool) -> Result<(String, Option<DecodeError>), DecodeError> {
    let units = body.chunks(2).map(|pair| unit([pair[0], pair.get(1).copied().unwrap_or(0)]));
    let mut text = String::with_capacity(body.len() / 2);
    let mut first_error = None;
    let mut offset = 2;
    for decoded in char::decode_utf16(units) {
        match decoded {
            Ok(c) => {
                text.push(c);
                offset += 2 * c.len_utf16();
            }
            Err(_) => {
                first_error.get_or_insert(DecodeError { encoding: "UTF-16", byte_offset: offset });
                text.push(char::REPLACEMENT_CHARACTER);
                offset += 2;
            }
        }
    }
    if body.len() % 2 == 1 {
        first_error.get_or_insert(DecodeError { encoding: "UTF-16", byte_offset: body.len() + 1 });
    }
    match first_error {
        Some(error) if !lossy => Err(error),
        error => Ok((text, error)),
    }
}

/// How much of a file is sniffed for binary content.
const SNIFF_LEN: usize = 8 * 1024;

/// A file is binary when its first 8 KB hold a NUL byte or more than 10 %
/// control characters other than tab, line feed, form feed and carriage
/// return; text in any ASCII-compatible encoding passes, and so does UTF-16
/// with its BOM.
pub(crate) fn looks_binary(bytes: &[u8]) -> bool {
    if matches!(bytes.get(..2), Some([0xFF, 0xFE] | [0xFE, 0xFF])) {
        return false;
    }
    let head = &bytes[..bytes.len().min(SNIFF_LEN)];
    let controls = head
        .iter()
        .filter(|&&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\x0C' | b'\r')) || b == 0x7F)
        .count();
    head.contains(&0) || controls * 10 > head.len()
}

/// A path as text without loss: valid UTF-8 as is, each byte that is not
/// as `\xNN` (a file name need not be UTF-8 on Unix; `Path::display` would
/// turn every such name into the same U+FFFD).
pub fn path_text(path: &Path) -> String {
    lossless(path.as_os_str())
}

/// [`path_text`] for one name (a file stem, say).
pub fn lossless(name: &std::ffi::OsStr) -> String {
    if let Some(text) = name.to_str() {
        return text.to_owned();
    }
    #[cfg(unix)]
    {
        use std::fmt::Write;
        use std::os::unix::ffi::OsStrExt;
        let mut out = String::new();
        for chunk in name.as_bytes().utf8_chunks() {
            out.push_str(chunk.valid());
            for byte in chunk.invalid() {
                let _ = write!(out, "\\x{byte:02X}");
            }
        }
        out
    }
    #[cfg(not(unix))]
    name.to_string_lossy().into_owned()
}
