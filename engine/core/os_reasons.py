"""Why the operating system refused a file, in Vietnamese ("ổ đĩa đầy", not "No space left on device").

`OSError.strerror` is the C library's English text; users read Vietnamese. The reason is chosen
by errno, for reading or writing (EACCES means "không có quyền đọc" or "không có quyền ghi").
"""

from __future__ import annotations

import errno

_REASONS: dict[int, str] = {
    errno.ENOENT: "không có tệp hoặc thư mục này",
    errno.ENOTDIR: "một phần của đường dẫn không phải thư mục",
    errno.EISDIR: "là thư mục, không phải tệp",
    errno.ENOSPC: "ổ đĩa đầy",
    errno.EDQUOT: "vượt hạn mức dung lượng được cấp (quota)",
    errno.EROFS: "ổ đĩa chỉ đọc",
    errno.ENAMETOOLONG: "tên tệp hoặc đường dẫn quá dài",
    errno.ELOOP: "vòng liên kết tượng trưng (symlink)",
    errno.EIO: "lỗi đọc/ghi của thiết bị",
    errno.EBUSY: "tệp đang bị chương trình khác dùng",
    errno.ETXTBSY: "tệp đang bị chương trình khác dùng",
    errno.EEXIST: "tệp đã có",
    errno.EMFILE: "quá nhiều tệp đang mở",
    errno.ENFILE: "quá nhiều tệp đang mở",
    errno.EFBIG: "tệp quá lớn cho ổ đĩa này",
    errno.EINVAL: "tên tệp hoặc thao tác không hợp lệ trên ổ đĩa này",
    errno.ENXIO: "thiết bị không tồn tại",
    errno.ENODEV: "thiết bị không tồn tại",
    errno.EXDEV: "không chuyển được tệp sang ổ đĩa khác",
    errno.EAGAIN: "tệp tạm thời không dùng được, thử lại sau",
}


def os_reason(exc: OSError, *, writing: bool) -> str:
    """The reason for `exc` in Vietnamese; `writing` picks "quyền ghi" or "quyền đọc"."""
    code = exc.errno
    if code in (errno.EACCES, errno.EPERM):
        return "không có quyền ghi" if writing else "không có quyền đọc"
    if code is not None and code in _REASONS:
        return _REASONS[code]
    name = errno.errorcode.get(code, "") if code is not None else ""
    return f"lỗi hệ thống{f' {name}' if name else ''}"
