#!/usr/bin/env python3
"""Writes the tiny sample files used by attachment_test and the file_type fuzzer seeds.

Run once from this directory (python3 make_fixtures.py); the outputs are committed. Every file is a real,
minimal instance of its format (a viewer opens it), built by hand so no imaging library is needed, and
deterministic (fixed zip timestamps) so regenerating gives the same bytes.
"""
import struct
import zipfile
import zlib

ZIP_TIME = (2024, 1, 1, 0, 0, 0)


def write(name, data):
    with open(name, "wb") as f:
        f.write(data)


def pdf():
    # One empty A4 page; the xref offsets are computed so the file is valid, not just "%PDF-".
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n" % (len(objects) + 1)
    out += b"0000000000 65535 f \n"
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def png():
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)  # 1x1, 8-bit greyscale
    idat = zlib.compress(b"\x00\x80")  # filter byte 0, one grey pixel
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def jpeg():
    # Baseline JPEG, 8x8 greyscale, one flat block: DC difference category 0 then end-of-block. Each Huffman
    # table holds the one symbol it needs (code "0"), which is a valid table.
    def seg(marker, payload):
        return b"\xff" + bytes([marker]) + struct.pack(">H", len(payload) + 2) + payload

    app0 = b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    dqt = b"\x00" + bytes([1] * 64)
    sof0 = b"\x08" + struct.pack(">HH", 8, 8) + b"\x01" + b"\x01\x11\x00"
    counts = bytes([1] + [0] * 15)
    dht_dc = b"\x00" + counts + b"\x00"  # class 0 (DC), id 0, symbol 0 (category 0)
    dht_ac = b"\x10" + counts + b"\x00"  # class 1 (AC), id 0, symbol 0x00 (EOB)
    sos = b"\x01" + b"\x01\x00" + b"\x00\x3f\x00"
    scan = b"\x3f"  # bits 0 (DC cat 0), 0 (EOB), padded with six 1 bits
    return (b"\xff\xd8" + seg(0xE0, app0) + seg(0xDB, dqt) + seg(0xC0, sof0) + seg(0xC4, dht_dc) +
            seg(0xC4, dht_ac) + seg(0xDA, sos) + scan + b"\xff\xd9")


def tiff():
    # Little-endian, 1x1, 8-bit greyscale, uncompressed, one strip.
    entries = [
        (256, 3, 1, 1),  # ImageWidth
        (257, 3, 1, 1),  # ImageLength
        (258, 3, 1, 8),  # BitsPerSample
        (259, 3, 1, 1),  # Compression: none
        (262, 3, 1, 1),  # PhotometricInterpretation: black is zero
        (273, 4, 1, 0),  # StripOffsets, patched below
        (277, 3, 1, 1),  # SamplesPerPixel
        (278, 3, 1, 1),  # RowsPerStrip
        (279, 4, 1, 1),  # StripByteCounts
    ]
    ifd_size = 2 + 12 * len(entries) + 4
    pixel_offset = 8 + ifd_size
    out = bytearray(b"II*\x00" + struct.pack("<I", 8))
    out += struct.pack("<H", len(entries))
    for tag, kind, count, value in entries:
        if tag == 273:
            value = pixel_offset
        packed = struct.pack("<H", value) + b"\x00\x00" if kind == 3 else struct.pack("<I", value)
        out += struct.pack("<HHI", tag, kind, count) + packed
    out += struct.pack("<I", 0)  # no next IFD
    out += b"\x80"
    return bytes(out)


def zip_of(name, members):
    with zipfile.ZipFile(name, "w", compression=zipfile.ZIP_DEFLATED) as z:
        for member, text in members:
            info = zipfile.ZipInfo(member, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, text)


RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def docx():
    types = (XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             '<Override PartName="/word/document.xml" ContentType="application/'
             'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = (XML + f'<Relationships xmlns="{RELS_NS}"><Relationship Id="rId1" Type="{OFFICE_REL}/officeDocument" '
            'Target="word/document.xml"/></Relationships>')
    document = (XML + '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                '<w:body><w:p><w:r><w:t>Biên nhận hồ sơ</w:t></w:r></w:p></w:body></w:document>')
    zip_of("sample.docx", [("[Content_Types].xml", types), ("_rels/.rels", rels), ("word/document.xml", document)])


def xlsx():
    types = (XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             '<Override PartName="/xl/workbook.xml" ContentType="application/'
             'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
             '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
             'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
    rels = (XML + f'<Relationships xmlns="{RELS_NS}"><Relationship Id="rId1" Type="{OFFICE_REL}/officeDocument" '
            'Target="xl/workbook.xml"/></Relationships>')
    workbook = (XML + '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                f'xmlns:r="{OFFICE_REL}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
    workbook_rels = (XML + f'<Relationships xmlns="{RELS_NS}"><Relationship Id="rId1" '
                     f'Type="{OFFICE_REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
    sheet = (XML + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
             '<row r="1"><c r="A1" t="inlineStr"><is><t>Sổ theo dõi</t></is></c></row></sheetData></worksheet>')
    zip_of("sample.xlsx", [("[Content_Types].xml", types), ("_rels/.rels", rels), ("xl/workbook.xml", workbook),
                           ("xl/_rels/workbook.xml.rels", workbook_rels), ("xl/worksheets/sheet1.xml", sheet)])


def plain_zip():
    zip_of("plain.zip", [("readme.txt", "not an office document\n")])


if __name__ == "__main__":
    write("sample.pdf", pdf())
    write("sample.png", png())
    write("sample.jpg", jpeg())
    write("sample.tif", tiff())
    docx()
    xlsx()
    plain_zip()
