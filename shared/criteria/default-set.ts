import { buildTree, type CriterionRow } from './build-tree';
import type { CriteriaSet } from './criteria-set';
import { PAR_AREAS } from './par-areas';

const RATIO = { rule: { kind: 'ratio' }, ruleText: 'Tỷ lệ' } as const;
const MANUAL = { rule: { kind: 'manual' }, ruleText: 'Thủ công' } as const;
const YES_NO = {
  rule: { kind: 'levels', outcomes: [{ label: 'Đạt yêu cầu', points: 1 }, { label: 'Không đạt yêu cầu', points: 0 }] },
  ruleText: 'Đạt yêu cầu: 1 / Không đạt yêu cầu: 0',
} as const;

/** Every criterion seed 003 shows, with its maximum; the rule kind is what the seed's opinions show. */
const SEED_003_LEAVES: readonly CriterionRow[] = [
  { code: '1.1.3', name: 'Mức độ thực hiện kế hoạch CCHC (Trường hợp không ban hành Kế hoạch thì tiêu chí thành phần này không có điểm)', max: 2, ...RATIO },
  { code: '1.2', name: 'Báo cáo CCHC', max: 4, ...MANUAL },
  { code: '1.4.1', name: 'Mức độ thực hiện kế hoạch tuyên truyền CCHC đã ban hành', max: 1, ...RATIO },
  { code: '1.4.2', name: 'Đa dạng trong tuyên truyền CCHC', max: 2, ...MANUAL },
  { code: '1.5.2', name: 'Tổ chức thực hiện đánh giá chỉ số đã công bố và kết quả khắc phục tồn tại, hạn chế', max: 1, ...MANUAL },
  { code: '1.5.3', name: 'Ban hành các văn bản chỉ đạo hướng dẫn, đôn đốc công tác CCHC', max: 1, ...MANUAL },
  {
    code: '1.6', name: 'Đổi mới, sáng tạo trong triển khai nhiệm vụ cải cách hành chính', max: 2,
    rule: { kind: 'count', perItem: 0.5 }, ruleText: 'Mỗi sáng kiến được 0,5 điểm',
    note: 'Điểm mỗi sáng kiến suy từ bảng kết quả đánh giá huyện Vĩnh Linh 6 tháng đầu năm 2023 (01 sáng kiến được thống nhất: 0,5 điểm).',
  },
  { code: '3.4', name: 'Kết quả giải quyết hồ sơ TTHC', max: 3, ...RATIO },
  { code: '3.10.1', name: 'Tỷ lệ hồ sơ giải quyết TTHC được luân chuyển trong nội bộ giữa các cơ quan có thẩm quyền giải quyết hoặc các cơ quan có liên quan được thực hiện bằng phương thức điện tử', max: 1, ...RATIO },
  { code: '3.10.2', name: 'Tỷ lệ hồ sơ thủ tục hành chính có cấp kết quả giải quyết TTHC điện tử', max: 1, ...RATIO },
  { code: '3.10.3', name: 'Tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính', max: 1, ...YES_NO },
  { code: '3.11.1', name: 'Tỷ lệ TTHC được triển khai thanh toán trực tuyến', max: 1, ...RATIO },
  { code: '3.11.2', name: 'Tỷ lệ hồ sơ thanh toán trực tuyến', max: 1, ...RATIO },
  { code: '3.12.1', name: 'Tỷ lệ hồ sơ trực tuyến toàn trình', max: 0.5, ...RATIO },
  { code: '3.12.2', name: 'Tỷ lệ DVCTT có phát sinh hồ sơ trực tuyến', max: 0.5, ...RATIO },
  { code: '3.12.3', name: 'Tỷ lệ hồ sơ DVC trực tuyến', max: 1, ...RATIO },
  { code: '5.1.2', name: 'Tỷ lệ đơn vị sự nghiệp thuộc UBND cấp huyện bố trí viên chức theo đúng vị trí việc làm được phê duyệt', max: 1, ...MANUAL },
  {
    code: '5.5', name: 'Mức độ hoàn thành Kế hoạch đào tạo bồi dưỡng cán bộ, công chức, viên chức (không ban hành KH thì không có điểm)', max: 2,
    rule: {
      kind: 'bands', outcomes: [
        { label: 'Thực hiện 100% kế hoạch', points: 2, lower: { value: 1, inclusive: true } },
        { label: 'Thực hiện từ 80% đến dưới 100% kế hoạch', points: 1, lower: { value: 0.8, inclusive: true }, upper: { value: 1, inclusive: false } },
        { label: 'Thực hiện dưới 80% kế hoạch', points: 0, upper: { value: 0.8, inclusive: false } },
      ],
    },
    ruleText: 'Thực hiện 100% kế hoạch: 2 / Thực hiện từ 80% đến dưới 100% kế hoạch: 1 / Thực hiện dưới 80% kế hoạch: 0',
    note: 'Bảng kết quả đánh giá gốc chỉ cho biết mức dưới 80% kế hoạch: 0 điểm; các mức trên là giả định, hãy thay bằng Bộ chỉ số của tỉnh.',
  },
  { code: '5.6', name: 'Cập nhật thông tin, đánh giá cán bộ, công chức, viên chức', max: 2, ...MANUAL },
  { code: '6.1.1', name: 'Thực hiện giải ngân kế hoạch vốn đầu tư phát triển nguồn ngân sách nhà nước hàng năm', max: 2, ...RATIO },
  { code: '6.1.2', name: 'Thực hiện cơ chế tự chủ, tự chịu trách nhiệm về sử dụng kinh phí quản lý hành chính', max: 1, ...MANUAL },
  { code: '6.1.4', name: 'Thực hiện thu ngân sách hàng năm của huyện, thành phố, thị xã theo kế hoạch được tỉnh giao (trừ thu tiền sử dụng đất)', max: 1, ...MANUAL },
  { code: '6.3.1', name: 'Tỷ lệ đơn vị sự nghiệp công lập trực thuộc tự chủ 100% về chi thường xuyên', max: 1, ...YES_NO },
  { code: '7.1.4', name: 'Triển khai xử lý văn bản và hồ sơ công việc trên môi trường mạng theo đúng quy trình từ khâu tiếp nhận văn bản, chuyển xử lý, tạo lập hồ sơ, trình qua các cấp thẩm quyền phê duyệt và ký số văn bản trên Phần mềm QLVB và HSCV (Trừ văn bản mật)', max: 2, ...MANUAL },
  { code: '7.2', name: 'Thông tin cung cấp trên Cổng/Trang thông tin điện tử', max: 2, ...MANUAL },
  { code: '7.3.1', name: 'UBND cấp huyện áp dụng chữ ký số', max: 1, ...RATIO },
  { code: '7.3.2', name: 'Lãnh đạo đơn vị áp dụng chữ ký số', max: 2, ...RATIO },
];

const AREA_ROWS: readonly CriterionRow[] = Object.entries(PAR_AREAS).map(([code, name]) => ({ code, name }));

/**
 * The set the product ships: only the criteria seed 003 shows (Quảng Trị, district level, 2023),
 * under the seven PAR areas. It is an example to start from, labelled as such; units load the set
 * their province issued.
 */
export const DEFAULT_CRITERIA_SET: CriteriaSet = {
  id: 'mau-seed-003-quang-tri-huyen-2023',
  name: 'Bộ chỉ số mẫu (dựng từ Phụ lục kết quả đánh giá CCHC huyện Vĩnh Linh 6 tháng đầu năm 2023)',
  province: 'Quảng Trị',
  level: 'huyen',
  year: 2023,
  decision: 'Quyết định số 1325/QĐ-UBND ngày 23/6/2023 của UBND tỉnh Quảng Trị',
  source: 'Bộ mẫu của phần mềm, chỉ gồm các tiêu chí có trong bảng kết quả đánh giá gốc; hãy nạp Bộ chỉ số do tỉnh ban hành.',
  rounding: 'half-up',
  // Only what seed 003 shows: 40 of the decision's points. The whole maximum is the user's to give.
  complete: false,
  effectiveDate: '2023-06-23',
  scale: [
    { label: 'Nhóm A', min: 0.9 },
    { label: 'Nhóm B', min: 0.8 },
    { label: 'Nhóm C', min: 0.7 },
    { label: 'Dưới nhóm C', min: 0 },
  ],
  areas: buildTree(
    [...AREA_ROWS.filter((a) => !SEED_003_LEAVES.some((l) => l.code.startsWith(a.code + '.'))).map((a) => ({ ...a, max: 0, ...MANUAL })),
      ...SEED_003_LEAVES],
    PAR_AREAS,
  ).sort((a, b) => Number(a.code) - Number(b.code)),
};
