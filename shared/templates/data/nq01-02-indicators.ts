/** The TTHC indicators of Nghị quyết 01/NQ-CP and 02/NQ-CP as seed 001 lists them, by resolution. */
export interface TthcIndicator {
  readonly stt: string;
  readonly text: string;
  /** "%" or empty for a heading row that only groups sub-items. */
  readonly unit: string;
}

export interface TthcGroup {
  readonly name: string;
  readonly items: readonly (TthcIndicator | { readonly heading: string })[];
}

export const NQ01_02_INDICATORS: readonly TthcGroup[] = [
  {
    name: "Chỉ tiêu giao tại Nghị quyết số 01/NQ-CP",
    items: [
      { stt: "1", text: "Tỷ lệ cung cấp dịch vụ công trực tuyến toàn trình trên tổng số TTHC có đủ điều kiện trên Cổng Dịch vụ công quốc gia.", unit: "%" },
      { stt: "2", text: "Tỷ lệ thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia trên tổng số giao dịch thanh toán của dịch vụ công.", unit: "%" },
      { stt: "3", text: "Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC.", unit: "%" },
      { stt: "4", text: "Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC.", unit: "%" },
      { stt: "5", text: "Tỷ lệ kết quả xử lý hồ sơ TTHC được đồng bộ đầy đủ trên Cổng Dịch vụ công quốc gia.", unit: "%" },
      { stt: "6", text: "Tỷ lệ xử lý văn bản, hồ sơ công việc (trừ hồ sơ mật) trên môi trường mạng", unit: "" },
      { stt: "6.1", text: "Đối với các phòng, ban và tương đương thuộc UBND cấp huyện.", unit: "%" },
      { stt: "6.2", text: "Đối với UBND cấp xã.", unit: "%" },
    ],
  },
  {
    name: "Chỉ tiêu giao tại Nghị quyết số 02/NQ-CP",
    items: [
      { heading: "Nâng cao chất lượng phục vụ người dân, doanh nghiệp trong thực hiện TTHC, dịch vụ công" },
      { stt: "1", text: "Tỷ lệ cấp kết quả giải quyết TTHC điện tử.", unit: "%" },
      { stt: "2", text: "Tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính tại UBND cấp xã và Phòng Tư pháp cấp huyện.", unit: "%" },
      { stt: "3", text: "Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa.", unit: "%" },
      { stt: "4", text: "Tỷ lệ công bố, công khai TTHC đúng hạn.", unit: "%" },
      { stt: "5", text: "Tỷ lệ kết quả xử lý hồ sơ TTHC của bộ, ngành, địa phương được đồng bộ đầy đủ trên Cổng Dịch vụ công quốc gia.", unit: "%" },
      { stt: "6", text: "Tỷ lệ xử lý phản ánh, kiến nghị đúng hạn.", unit: "%" },
      { stt: "7", text: "Mức độ hài lòng trong tiếp nhận, giải quyết TTHC của người dân, doanh nghiệp.", unit: "%" },
    ],
  },
];
