// Per-exemplar details: portrait alt, bio (markup paragraphs; simple text only), achievements,
// lifecycle and movements. All people and deeds are fictional.

export type Stage = 'nhan-to-moi' | 'dang-boi-duong' | 'dien-hinh-co-so' | 'dien-hinh-cap-tinh' | 'dien-hinh-toan-quoc'

export interface ExemplarDetail {
  portraitAlt: string
  bio: string
  achievements: Array<[number, string]>
  lifecycle: { stage: Stage; showPublicly: boolean; history: Array<[Stage, string, string]> }
  movements: string[]
}

const h = (...rows: Array<[Stage, string, string]>): Array<[Stage, string, string]> => rows

export const exemplarDetails: Record<string, ExemplarDetail> = {
  'co-giao-ha-thi-lan': {
    portraitAlt: 'Cô giáo Hà Thị Lan đứng trước lớp học ghép ở điểm trường Phiêng Lả',
    bio: `Cô Hà Thị Lan sinh năm 1983 ở một xã ven sông Đà, tốt nghiệp sư phạm tiểu học rồi xung phong lên điểm trường Phiêng Lả, nơi khi ấy chỉ có hai gian nhà gỗ và một con đường mòn.

Mười tám năm qua, cô dạy lớp ghép hai trình độ, tự học tiếng Mông để trò chuyện với phụ huynh và soạn bộ thẻ chữ song ngữ cho học trò lớp Một. Nhiều em học trò cũ của cô nay đã trở lại bản làm y sĩ, cán bộ xã.

Cô nói điều cô mong nhất là mỗi mùa khai giảng không thiếu một em nào ở bản.`,
    achievements: [[2019, 'Giáo viên dạy giỏi cấp tỉnh'], [2022, 'Sáng kiến "Thẻ chữ song ngữ Mông – Việt" được công nhận cấp tỉnh'], [2024, 'Chiến sĩ thi đua cấp tỉnh']],
    lifecycle: { stage: 'dien-hinh-toan-quoc', showPublicly: true, history: h(['nhan-to-moi', '2018-09-05', 'Phòng Giáo dục phát hiện qua hội giảng lớp ghép'], ['dien-hinh-co-so', '2019-05-20', 'Biểu dương giáo viên tiêu biểu cấp huyện'], ['dien-hinh-cap-tinh', '2022-11-15', 'Được tỉnh tôn vinh nhân Ngày Nhà giáo Việt Nam'], ['dien-hinh-toan-quoc', '2024-11-18', 'Được tuyên dương trong chương trình "Chia sẻ cùng thầy cô"']) },
    movements: ['doi-moi-sang-tao', 'chia-se-cung-thay-co'],
  },
  'thay-giao-mua-a-sinh': {
    portraitAlt: 'Thầy giáo Mùa A Sinh cầm thước dây giữa thửa ruộng bậc thang cùng học trò',
    bio: `Thầy Mùa A Sinh là cựu học sinh của chính Trường PTDTBT THCS Suối Mây. Sau bốn năm học sư phạm Toán, thầy xin về trường cũ vì "ở đây thầy hiểu các em nghĩ gì khi nhìn một bài toán".

Nhóm "Toán ở bản" của thầy đưa học trò ra ruộng đo diện tích, tính số thóc, đếm đàn trâu để học tỷ lệ và thống kê. Điểm trung bình môn Toán của khối 9 tăng đều ba năm liền.`,
    achievements: [[2021, 'Giáo viên chủ nhiệm giỏi cấp huyện'], [2023, 'Chiến sĩ thi đua cơ sở'], [2025, 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh']],
    lifecycle: { stage: 'dien-hinh-cap-tinh', showPublicly: true, history: h(['nhan-to-moi', '2021-03-10', 'Được giới thiệu qua hội thảo chuyên đề Toán'], ['dang-boi-duong', '2022-09-01', 'Tham gia lớp bồi dưỡng cốt cán môn Toán'], ['dien-hinh-cap-tinh', '2025-05-12', 'Tuyên dương điển hình tiên tiến cấp tỉnh']) },
    movements: ['doi-moi-sang-tao'],
  },
  'co-giao-lu-thi-hoa': {
    portraitAlt: 'Cô giáo Lù Thị Hoa ngồi giữa vòng tròn các bé mẫu giáo chơi trò dân gian',
    bio: `Cô Lù Thị Hoa là người Thái, dạy mầm non từ năm 2009. Cô nhận ra nhiều bé bước vào lớp Một vẫn ngại nói tiếng Việt nên bắt đầu "dịch" đồng dao Thái sang tiếng Việt để các bé hát song song.

Phương pháp của cô được trường nhân rộng cho cả bốn điểm lẻ và được sở giới thiệu tại một hội thảo về tăng cường tiếng Việt cho trẻ vùng dân tộc thiểu số.`,
    achievements: [[2020, 'Giáo viên dạy giỏi cấp huyện'], [2023, 'Sáng kiến kinh nghiệm xếp loại A cấp tỉnh']],
    lifecycle: { stage: 'dien-hinh-co-so', showPublicly: true, history: h(['nhan-to-moi', '2020-10-15', 'Phát hiện qua dự giờ chuyên đề'], ['dien-hinh-co-so', '2023-06-01', 'Biểu dương tại hội nghị tổng kết năm học']) },
    movements: ['lop-hoc-than-thien', 'truong-hoc-hanh-phuc'],
  },
  'thay-giao-nguyen-van-bien': {
    portraitAlt: 'Thầy giáo Nguyễn Văn Biển đứng bên mạn thuyền nan, phía sau là làng chài',
    bio: `Thầy Nguyễn Văn Biển dạy Thể dục và Sinh học ở Trường THCS Làng Chài gần hai mươi năm. Những năm học trò còn ở nhà bè, thầy thường chèo thuyền đi đón các em ngày sóng lớn.

Mỗi mùa hè, thầy mở lớp bơi miễn phí cho học trò và con em ngư dân. Đến nay đã có hơn 600 em biết bơi nhờ lớp học ấy.

Thầy bảo bơi được là biết giữ mình, còn học được là biết đi xa.`,
    achievements: [[2016, 'Lao động tiên tiến'], [2020, 'Giấy khen của Chủ tịch Ủy ban nhân dân huyện'], [2023, 'Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo']],
    lifecycle: { stage: 'dien-hinh-toan-quoc', showPublicly: true, history: h(['dien-hinh-co-so', '2016-05-25', 'Lao động tiên tiến'], ['dien-hinh-cap-tinh', '2020-11-19', 'Tuyên dương nhà giáo tiêu biểu của tỉnh'], ['dien-hinh-toan-quoc', '2023-11-17', 'Bằng khen của Bộ trưởng']) },
    movements: ['chia-se-cung-thay-co'],
  },
  'co-giao-tran-thi-thu-hien': {
    portraitAlt: 'Cô giáo Trần Thị Thu Hiền cầm cuốn sách của câu lạc bộ Đọc chậm',
    bio: `Cô Trần Thị Thu Hiền dạy Ngữ văn ở Trường THPT Lam Hồng từ năm 2008. Cô lập câu lạc bộ "Đọc chậm" với quy ước giản dị: mỗi tháng đọc một cuốn sách và viết một trang về quê mình.

Sau sáu năm, câu lạc bộ đã in ba tập bài viết của học sinh. Nhiều em kể rằng nhờ viết về ông bà, bến sông, các em mới hiểu mình lớn lên từ đâu.`,
    achievements: [[2019, 'Giáo viên dạy giỏi cấp tỉnh môn Ngữ văn'], [2022, 'Chiến sĩ thi đua cơ sở'], [2024, 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh']],
    lifecycle: { stage: 'dien-hinh-cap-tinh', showPublicly: true, history: h(['nhan-to-moi', '2019-01-10', 'Được đề cử qua hội thi giáo viên dạy giỏi'], ['dien-hinh-co-so', '2022-05-30', 'Chiến sĩ thi đua cơ sở'], ['dien-hinh-cap-tinh', '2024-11-20', 'Tôn vinh nhân Ngày Nhà giáo Việt Nam']) },
    movements: ['doi-moi-sang-tao', 'thu-vien-xanh'],
  },
  'thay-hieu-truong-dang-quang-vinh': {
    portraitAlt: 'Thầy hiệu trưởng Đặng Quang Vinh trò chuyện với học trò dưới hàng dừa',
    bio: `Thầy Đặng Quang Vinh làm hiệu trưởng Trường Tiểu học Cầu Tre từ năm 2017. Việc đầu tiên thầy làm là đặt một hòm thư ở cổng trường, ghi dòng chữ "Con muốn nói với thầy cô".

Từ những lá thư ấy, trường đổi giờ ra chơi, làm lại sân bóng, bớt bài tập về nhà và giảm hồ sơ sổ sách cho giáo viên. Trường trở thành điểm tham quan của nhiều đoàn cán bộ quản lý trong tỉnh.`,
    achievements: [[2020, 'Chiến sĩ thi đua cấp tỉnh'], [2023, 'Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo'], [2025, 'Chiến sĩ thi đua toàn quốc']],
    lifecycle: { stage: 'dien-hinh-toan-quoc', showPublicly: true, history: h(['dien-hinh-co-so', '2018-06-01', 'Hiệu trưởng tiêu biểu cấp huyện'], ['dien-hinh-cap-tinh', '2020-11-18', 'Chiến sĩ thi đua cấp tỉnh'], ['dien-hinh-toan-quoc', '2025-08-20', 'Chiến sĩ thi đua toàn quốc']) },
    movements: ['truong-hoc-hanh-phuc', 'doi-moi-sang-tao'],
  },
  'co-giao-nguyen-thi-my-duyen': {
    portraitAlt: 'Cô giáo Nguyễn Thị Mỹ Duyên cầm tiêu bản lá đước bên rừng ngập mặn',
    bio: `Cô Nguyễn Thị Mỹ Duyên dạy Sinh học ở Trường THCS Mũi Đất. Thay vì chỉ học trên tranh, cô đưa học trò ra bìa rừng đước để quan sát rễ cây, con còng, con ba khía.

Bộ tiêu bản 60 loài do cô và học trò thực hiện được trưng bày ở thư viện xanh của trường và được nhiều trường bạn mượn làm học liệu.`,
    achievements: [[2021, 'Giáo viên dạy giỏi cấp huyện'], [2024, 'Giải Nhì cuộc thi thiết kế bài giảng điện tử cấp tỉnh']],
    lifecycle: { stage: 'dang-boi-duong', showPublicly: false, history: h(['nhan-to-moi', '2022-04-22', 'Phát hiện qua Ngày hội Trái đất của trường'], ['dang-boi-duong', '2024-09-10', 'Tham gia nhóm giáo viên cốt cán môn Khoa học tự nhiên']) },
    movements: ['thu-vien-xanh', 'doi-moi-sang-tao'],
  },
  'co-giao-ksor-h-blim': {
    portraitAlt: 'Cô giáo Ksor H\'Blim mặc áo thổ cẩm đứng trước bảng tiếng Anh',
    bio: `Cô Ksor H'Blim là người Jrai đầu tiên của buôn học đại học ngoại ngữ. Về dạy tiếng Anh ở Trường THPT Cao Nguyên Xanh, cô mở câu lạc bộ ba thứ tiếng để học trò kể chuyện buôn làng bằng tiếng Jrai, tiếng Việt và tiếng Anh.

Câu lạc bộ làm những đoạn phim ngắn giới thiệu lễ hội, nhà rông, món ăn của buôn; nhiều em tự tin thi nói tiếng Anh cấp tỉnh.`,
    achievements: [[2022, 'Giáo viên dạy giỏi cấp tỉnh môn Tiếng Anh'], [2024, 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh'], [2025, 'Được tuyên dương trong chương trình "Chia sẻ cùng thầy cô"']],
    lifecycle: { stage: 'dien-hinh-cap-tinh', showPublicly: true, history: h(['nhan-to-moi', '2021-12-01', 'Câu lạc bộ ba thứ tiếng được báo địa phương giới thiệu'], ['dang-boi-duong', '2022-08-15', 'Bồi dưỡng giáo viên cốt cán tiếng Anh'], ['dien-hinh-cap-tinh', '2024-11-19', 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh']) },
    movements: ['chia-se-cung-thay-co', 'lop-hoc-than-thien'],
  },
  'thay-giao-phan-minh-triet': {
    portraitAlt: 'Thầy Phan Minh Triết hướng dẫn sinh viên đấu nối tủ điện trong xưởng',
    bio: `Thầy Phan Minh Triết giảng dạy nghề điện công nghiệp hơn mười lăm năm. Thầy xin lại thiết bị thải loại của các nhà máy, tự thiết kế mười hai bộ mô hình thực hành giúp xưởng của trường đủ chỗ cho mọi sinh viên.

Các đội sinh viên do thầy huấn luyện nhiều năm liền đạt huy chương ở kỳ thi kỹ năng nghề cấp vùng.`,
    achievements: [[2018, 'Nhà giáo giáo dục nghề nghiệp tiêu biểu cấp thành phố'], [2021, 'Sáng kiến mô hình thực hành từ thiết bị tái sử dụng'], [2024, 'Chiến sĩ thi đua cấp thành phố']],
    lifecycle: { stage: 'dien-hinh-cap-tinh', showPublicly: true, history: h(['dien-hinh-co-so', '2018-12-15', 'Giảng viên tiêu biểu của trường'], ['dien-hinh-cap-tinh', '2024-11-15', 'Chiến sĩ thi đua cấp thành phố']) },
    movements: ['doi-moi-sang-tao'],
  },
  'ts-luong-thi-ngan': {
    portraitAlt: 'Tiến sĩ Lương Thị Ngân bên giá sách truyện tranh song ngữ',
    bio: `Tiến sĩ Lương Thị Ngân nghiên cứu về kỹ năng đọc hiểu của học sinh tiểu học vùng dân tộc thiểu số. Nhóm của chị đã khảo sát hơn hai nghìn học sinh ở sáu tỉnh miền núi.

Từ kết quả ấy, chị cùng sinh viên biên soạn bộ truyện tranh song ngữ hai mươi tập, được nhiều trường tiểu học dùng thử trong giờ đọc thư viện.`,
    achievements: [[2020, 'Chủ nhiệm đề tài khoa học cấp bộ'], [2023, 'Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo']],
    lifecycle: { stage: 'dien-hinh-cap-tinh', showPublicly: false, history: h(['dang-boi-duong', '2021-06-01', 'Tham gia mạng lưới nghiên cứu đọc hiểu'], ['dien-hinh-cap-tinh', '2023-11-17', 'Bằng khen của Bộ trưởng']) },
    movements: ['doi-moi-sang-tao', 'thu-vien-xanh'],
  },
  'co-giao-vu-thi-kim-oanh': {
    portraitAlt: 'Cô giáo Vũ Thị Kim Oanh hướng dẫn một bà cụ dùng điện thoại thông minh',
    bio: `Cô Vũ Thị Kim Oanh dạy ở trung tâm giáo dục thường xuyên hơn hai mươi năm. Lớp học buổi tối của cô có người sáu mươi tuổi mới cầm bút lần đầu.

Từ năm 2025, cô mở lớp "Bình dân học vụ số" giúp bà con đồi chè chụp ảnh sản phẩm, nhận chuyển khoản và cảnh giác với tin nhắn lừa đảo.`,
    achievements: [[2019, 'Lao động tiên tiến'], [2025, 'Giấy khen của Giám đốc Sở Giáo dục và Đào tạo']],
    lifecycle: { stage: 'nhan-to-moi', showPublicly: true, history: h(['nhan-to-moi', '2025-07-01', 'Được phát hiện qua đợt ra quân "Bình dân học vụ số"']) },
    movements: ['chuyen-doi-so'],
  },
  'co-giao-le-ngoc-bich': {
    portraitAlt: 'Cô giáo Lê Ngọc Bích bên kệ sách xanh dưới gầm cầu thang',
    bio: `Cô Lê Ngọc Bích phụ trách thư viện Trường Tiểu học Ngọc Lan. Cô biến khoảng trống dưới gầm cầu thang thành "Thư viện xanh" với chậu cây, thảm ngồi và kệ sách thấp vừa tầm tay học trò.

Phong trào "đổi giấy vụn lấy sách" do cô khởi xướng mỗi năm gom được vài tấn giấy và thêm hàng trăm đầu sách mới.`,
    achievements: [[2022, 'Giáo viên thư viện giỏi cấp thành phố'], [2024, 'Giấy khen của Chủ tịch Ủy ban nhân dân quận']],
    lifecycle: { stage: 'dien-hinh-co-so', showPublicly: true, history: h(['nhan-to-moi', '2021-04-23', 'Phát hiện nhân Ngày Sách và Văn hóa đọc'], ['dien-hinh-co-so', '2024-05-28', 'Biểu dương tại tổng kết năm học']) },
    movements: ['thu-vien-xanh'],
  },
  'thay-giao-huynh-tan-loc': {
    portraitAlt: 'Thầy giáo Huỳnh Tấn Lộc cầm mạch điện tử tái chế trong phòng STEM',
    bio: `Thầy Huỳnh Tấn Lộc dạy Tin học ở Trường THCS Rạch Dừa. Thầy gom bo mạch, động cơ cũ từ các tiệm sửa chữa để học trò lắp robot, lập trình cảm biến.

Đội robot do thầy hướng dẫn đã chế tạo máy nhặt rác trên kênh, đạt giải Nhất sân chơi STEM cấp thành phố.`,
    achievements: [[2021, 'Giáo viên dạy giỏi cấp thành phố môn Tin học'], [2023, 'Hướng dẫn đội đạt giải Nhất sân chơi STEM cấp thành phố'], [2024, 'Chiến sĩ thi đua cơ sở']],
    lifecycle: { stage: 'dien-hinh-cap-tinh', showPublicly: true, history: h(['nhan-to-moi', '2021-10-10', 'Đề xuất từ hội đồng trường'], ['dien-hinh-cap-tinh', '2023-12-05', 'Tuyên dương tại hội nghị STEM thành phố']) },
    movements: ['chuyen-doi-so', 'doi-moi-sang-tao'],
  },
  'co-giao-pham-thi-bong': {
    portraitAlt: 'Cô giáo Phạm Thị Bông hướng dẫn các bé mặc áo phao bên hồ bơi di động',
    bio: `Cô Phạm Thị Bông dạy mầm non ở vùng sông nước đã mười hai năm. Sau một mùa lũ, cô đề xuất lớp "Làm quen với nước" cho trẻ năm tuổi: mặc áo phao, nổi ngửa, gọi người lớn khi gặp nguy.

Lớp học nay là hoạt động chung của cả trường, có sự tham gia của phụ huynh và đoàn thanh niên xã.`,
    achievements: [[2022, 'Giáo viên dạy giỏi cấp huyện'], [2024, 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh']],
    lifecycle: { stage: 'dien-hinh-cap-tinh', showPublicly: true, history: h(['nhan-to-moi', '2021-11-02', 'Phát hiện qua hội thi giáo viên giỏi'], ['dien-hinh-cap-tinh', '2024-06-15', 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh']) },
    movements: ['truong-hoc-hanh-phuc'],
  },
  'co-sung-thi-my': {
    portraitAlt: 'Cô Sùng Thị Mỷ bên nồi cơm lớn trong bếp bán trú lúc sáng sớm',
    bio: `Cô Sùng Thị Mỷ là nhân viên cấp dưỡng của Trường PTDTBT THCS Suối Mây. Mười năm nay, cô dậy từ bốn giờ sáng để kịp bữa cho gần 300 học sinh bán trú.

Cô cùng học trò trồng vườn rau sau bếp, nuôi thêm đàn gà để bữa ăn có trứng, có thịt. Nhiều em gọi cô là "mẹ Mỷ".`,
    achievements: [[2020, 'Lao động tiên tiến'], [2023, 'Giấy khen của Chủ tịch Ủy ban nhân dân huyện']],
    lifecycle: { stage: 'dien-hinh-co-so', showPublicly: true, history: h(['nhan-to-moi', '2022-03-08', 'Học sinh viết thư đề cử'], ['dien-hinh-co-so', '2023-05-25', 'Biểu dương "Người tốt, việc tốt" cấp huyện']) },
    movements: ['truong-hoc-hanh-phuc'],
  },
  'hoc-sinh-giang-a-chu': {
    portraitAlt: 'Học sinh Giàng A Chư ngồi học bài bên cửa sổ phòng bán trú',
    bio: `Giàng A Chư là học sinh lớp 9 ở Trường PTDTBT THCS Suối Mây. Nhà em cách trường hơn mười cây số đường núi; mỗi chiều thứ Sáu em đi bộ về bản, sáng Chủ nhật lại đi bộ trở lại.

Em đạt giải Nhì học sinh giỏi Toán cấp tỉnh và mỗi cuối tuần ở bản vẫn kèm các em nhỏ học bài.`,
    achievements: [[2024, 'Giải Nhì học sinh giỏi môn Toán cấp tỉnh'], [2025, 'Học sinh tiêu biểu vượt khó học giỏi cấp tỉnh']],
    lifecycle: { stage: 'dien-hinh-cap-tinh', showPublicly: true, history: h(['nhan-to-moi', '2023-12-01', 'Thầy chủ nhiệm đề xuất'], ['dien-hinh-cap-tinh', '2025-06-01', 'Tuyên dương học sinh vượt khó cấp tỉnh']) },
    movements: ['doi-moi-sang-tao'],
  },
  'hoc-sinh-tran-bao-ngoc': {
    portraitAlt: 'Nữ sinh Trần Bảo Ngọc bên bộ cảm biến đo mặn cắm giữa ruộng lúa',
    bio: `Trần Bảo Ngọc là học sinh lớp 11 Trường THPT Lam Hồng. Thấy lúa của bà ngoại bị cháy vì nước mặn, em cùng bạn chế tạo bộ cảm biến đo độ mặn gửi tin nhắn cảnh báo cho nông dân.

Đề tài đạt giải cấp tỉnh cuộc thi khoa học kỹ thuật dành cho học sinh trung học và đang được hợp tác xã thử nghiệm.`,
    achievements: [[2024, 'Giải Nhất cuộc thi khoa học kỹ thuật cấp tỉnh'], [2025, 'Học sinh tiêu biểu của ngành Giáo dục tỉnh']],
    lifecycle: { stage: 'dang-boi-duong', showPublicly: true, history: h(['nhan-to-moi', '2024-01-15', 'Đề tài được chọn dự thi cấp tỉnh'], ['dang-boi-duong', '2024-09-01', 'Được nhà trường bồi dưỡng nghiên cứu khoa học']) },
    movements: ['doi-moi-sang-tao', 'chuyen-doi-so'],
  },
  'hoc-sinh-nguyen-gia-bao': {
    portraitAlt: 'Cậu bé Nguyễn Gia Bảo đứng bên bờ mương nơi em cứu bạn',
    bio: `Nguyễn Gia Bảo là học sinh lớp Năm Trường Tiểu học Cầu Tre. Một buổi chiều tan học, thấy một em nhỏ trượt chân xuống mương, Bảo không nhảy xuống mà chìa can nhựa cho bạn bám rồi gọi to người lớn.

Em kể mình làm theo đúng những gì đã học ở giờ kỹ năng an toàn dưới nước của trường.`,
    achievements: [[2025, 'Được biểu dương "Người tốt, việc tốt" cấp tỉnh']],
    lifecycle: { stage: 'dien-hinh-cap-tinh', showPublicly: true, history: h(['nhan-to-moi', '2025-04-10', 'Phụ huynh báo tin cho nhà trường'], ['dien-hinh-cap-tinh', '2025-05-19', 'Biểu dương "Người tốt, việc tốt"']) },
    movements: ['truong-hoc-hanh-phuc'],
  },
  'sinh-vien-ho-thi-thao': {
    portraitAlt: 'Sinh viên Hồ Thị Thảo đứng lớp tiền tiểu học trong mùa hè tình nguyện',
    bio: `Hồ Thị Thảo là sinh viên năm ba ngành Giáo dục tiểu học. Bốn mùa hè liền, em cùng đội tình nguyện lên bản mở lớp tiếng Việt cho trẻ sắp vào lớp Một.

Em tự làm đồ dùng học tập từ bìa các-tông, hạt ngô, vỏ ốc; các lớp học của em luôn kín chỗ.`,
    achievements: [[2023, 'Sinh viên 5 tốt cấp trường'], [2025, 'Gương thanh niên tình nguyện tiêu biểu cấp tỉnh']],
    lifecycle: { stage: 'dang-boi-duong', showPublicly: false, history: h(['nhan-to-moi', '2023-08-20', 'Đội tình nguyện giới thiệu'], ['dang-boi-duong', '2024-10-01', 'Tham gia câu lạc bộ nghiệp vụ sư phạm']) },
    movements: ['lop-hoc-than-thien'],
  },
  'sinh-vien-do-minh-quan': {
    portraitAlt: 'Sinh viên Đỗ Minh Quân đeo kính bảo hộ thao tác trên bảng điện',
    bio: `Đỗ Minh Quân từng bỏ học sau lớp 11 để đi làm phụ hồ. Hai năm sau, em quay lại học nghề điện ở Trường Cao đẳng Kỹ thuật Ven Biển.

Dưới sự hướng dẫn của thầy Phan Minh Triết, Quân giành huy chương vàng kỳ thi kỹ năng nghề cấp vùng và được doanh nghiệp nhận vào làm trước khi tốt nghiệp.`,
    achievements: [[2024, 'Huy chương vàng kỳ thi kỹ năng nghề cấp vùng'], [2025, 'Sinh viên giáo dục nghề nghiệp tiêu biểu cấp thành phố']],
    lifecycle: { stage: 'dien-hinh-cap-tinh', showPublicly: true, history: h(['nhan-to-moi', '2023-11-10', 'Đạt giải tại hội thi tay nghề của trường'], ['dien-hinh-cap-tinh', '2025-01-15', 'Tuyên dương sinh viên tiêu biểu cấp thành phố']) },
    movements: ['doi-moi-sang-tao'],
  },
  'thay-giao-ho-van-lanh': {
    portraitAlt: 'Thầy giáo Hồ Văn Lành dắt tay hai học trò nhỏ qua suối',
    bio: `Thầy Hồ Văn Lành là người Vân Kiều đầu tiên ở bản học xong sư phạm. Thầy trở về dạy ở điểm trường của bản và đi từng nhà vận động các gia đình cho con gái đi học.

Từ chỗ chỉ vài em gái học hết tiểu học, nay gần như mọi bé gái trong bản đều học lên trung học cơ sở.`,
    achievements: [[2020, 'Giáo viên chủ nhiệm giỏi cấp huyện'], [2024, 'Được tuyên dương trong chương trình "Chia sẻ cùng thầy cô"']],
    lifecycle: { stage: 'dien-hinh-toan-quoc', showPublicly: true, history: h(['dien-hinh-co-so', '2020-05-20', 'Giáo viên chủ nhiệm giỏi'], ['dien-hinh-cap-tinh', '2022-11-18', 'Tuyên dương nhà giáo vùng khó'], ['dien-hinh-toan-quoc', '2024-11-18', 'Tuyên dương toàn quốc']) },
    movements: ['chia-se-cung-thay-co'],
  },
  'co-hieu-truong-dinh-thi-thu-trang': {
    portraitAlt: 'Cô hiệu trưởng Đinh Thị Thu Trang trước dãy phòng học mầm non mới xây',
    bio: `Cô Đinh Thị Thu Trang làm hiệu trưởng Trường Mầm non Họa Mi từ năm 2016. Khi ấy trường có sáu điểm lẻ, nhiều lớp học tạm bằng tre nứa.

Cô công khai từng khoản đóng góp trên bảng tin và nhóm phụ huynh, vận động doanh nghiệp, người dân góp công góp đất. Sau bảy năm, trường có ba điểm kiên cố với bếp một chiều và sân chơi an toàn.`,
    achievements: [[2019, 'Chiến sĩ thi đua cơ sở'], [2023, 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh']],
    lifecycle: { stage: 'dien-hinh-cap-tinh', showPublicly: true, history: h(['dien-hinh-co-so', '2019-06-01', 'Chiến sĩ thi đua cơ sở'], ['dien-hinh-cap-tinh', '2023-09-05', 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh']) },
    movements: ['truong-hoc-hanh-phuc', 'doi-moi-sang-tao'],
  },
  'thay-giao-tong-van-hai': {
    portraitAlt: 'Thầy giáo Tống Văn Hải cùng học trò kiểm tra tấm pin mặt trời trên mái nhà xe',
    bio: `Thầy Tống Văn Hải dạy Vật lý ở Trường THPT Đồi Thông. Thầy cùng học trò lắp hệ pin mặt trời nhỏ trên mái nhà xe và nối với màn hình hiển thị điện năng đặt ở sảnh trường.

Số liệu điện năng mỗi ngày trở thành đề bài cho các tiết Vật lý, Toán và Tin học.`,
    achievements: [[2022, 'Giáo viên dạy giỏi cấp tỉnh môn Vật lý'], [2025, 'Sáng kiến kinh nghiệm cấp tỉnh']],
    lifecycle: { stage: 'dang-boi-duong', showPublicly: false, history: h(['nhan-to-moi', '2023-03-15', 'Sở phát hiện qua hội thảo STEM'], ['dang-boi-duong', '2024-08-20', 'Tham gia nhóm cốt cán giáo dục STEM của tỉnh']) },
    movements: ['doi-moi-sang-tao', 'chuyen-doi-so'],
  },
  'ba-nguyen-thi-tu': {
    portraitAlt: 'Bà Nguyễn Thị Tư ngồi bên tủ sách cộng đồng trước hiên nhà',
    bio: `Bà Nguyễn Thị Tư bán tạp hóa ở đầu kênh, nơi học trò tiểu học đứng chờ đò mỗi sáng. Bà xin sách cũ của người quen, kê một chiếc tủ dưới hiên để các em đọc trong lúc chờ.

Tủ sách nay có gần một nghìn cuốn, do chính các em học trò tự ghi sổ mượn trả.`,
    achievements: [[2024, 'Giấy khen của Chủ tịch Ủy ban nhân dân xã'], [2025, 'Biểu dương "Người tốt, việc tốt" cấp tỉnh']],
    lifecycle: { stage: 'dien-hinh-co-so', showPublicly: true, history: h(['nhan-to-moi', '2024-02-10', 'Nhà trường giới thiệu'], ['dien-hinh-co-so', '2024-12-20', 'Giấy khen của xã']) },
    movements: ['thu-vien-xanh'],
  },
  'truong-tieu-hoc-cau-tre': {
    portraitAlt: 'Thầy trò Trường Tiểu học Cầu Tre chụp ảnh chung dưới hàng dừa',
    bio: `Trường Tiểu học Cầu Tre có 18 lớp với hơn 500 học sinh. Từ năm 2018, trường thực hiện mô hình trường học hạnh phúc với ba nguyên tắc: lắng nghe, tôn trọng và an toàn.

Học sinh được góp ý về thực đơn bán trú, lịch sinh hoạt và cách bố trí sân chơi; giáo viên được giảm bớt hồ sơ giấy để dành thời gian cho học trò.`,
    achievements: [[2021, 'Tập thể lao động xuất sắc'], [2023, 'Cờ thi đua của Ủy ban nhân dân tỉnh'], [2025, 'Bằng khen của Thủ tướng Chính phủ']],
    lifecycle: { stage: 'dien-hinh-toan-quoc', showPublicly: true, history: h(['dien-hinh-co-so', '2019-06-01', 'Trường tiêu biểu cấp huyện'], ['dien-hinh-cap-tinh', '2023-01-10', 'Cờ thi đua của tỉnh'], ['dien-hinh-toan-quoc', '2025-09-01', 'Bằng khen của Thủ tướng Chính phủ']) },
    movements: ['truong-hoc-hanh-phuc', 'doi-moi-sang-tao'],
  },
  'to-toan-tin-thpt-lam-hong': {
    portraitAlt: 'Các thầy cô Tổ Toán – Tin Trường THPT Lam Hồng trong buổi sinh hoạt chuyên môn',
    bio: `Tổ Toán – Tin có mười bốn thầy cô. Tổ xây dựng kho học liệu mở với hơn 400 bài giảng, đề kiểm tra, phiếu học tập, chia sẻ miễn phí cho các trường bạn.

Mỗi tháng, các thầy cô dự giờ chéo và góp ý cho nhau theo tinh thần "góp ý để cùng tiến".`,
    achievements: [[2022, 'Tập thể lao động xuất sắc'], [2024, 'Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo']],
    lifecycle: { stage: 'dien-hinh-cap-tinh', showPublicly: true, history: h(['dien-hinh-co-so', '2022-06-01', 'Tổ chuyên môn xuất sắc'], ['dien-hinh-cap-tinh', '2024-11-15', 'Bằng khen của Bộ trưởng']) },
    movements: ['doi-moi-sang-tao', 'chuyen-doi-so'],
  },
  'lop-4a-tieu-hoc-ngoc-lan': {
    portraitAlt: 'Học sinh lớp 4A giơ tay phát biểu trong giờ sinh hoạt lớp',
    bio: `Lớp 4A có 38 học sinh. Mỗi tuần, một "hội đồng lớp" năm bạn được bầu luân phiên để điều hành giờ sinh hoạt, phân việc trực nhật và đón bạn mới.

Mỗi học sinh giữ một việc chung của lớp, từ tưới cây đến nhắc bạn đọc sách; không bạn nào bị bỏ lại.`,
    achievements: [[2024, 'Lớp học thân thiện tiêu biểu cấp quận'], [2025, 'Tập thể lớp xuất sắc']],
    lifecycle: { stage: 'dien-hinh-co-so', showPublicly: true, history: h(['nhan-to-moi', '2023-10-20', 'Giáo viên chủ nhiệm chia sẻ mô hình'], ['dien-hinh-co-so', '2024-05-25', 'Lớp học thân thiện tiêu biểu']) },
    movements: ['lop-hoc-than-thien'],
  },
  'doi-robot-thcs-rach-dua': {
    portraitAlt: 'Đội Robot Rạch Dừa thử robot nhặt rác bên bờ kênh',
    bio: `Đội Robot Rạch Dừa gồm tám học sinh lớp 8 và lớp 9. Đội chế tạo robot nhặt rác trên mặt kênh từ chai nhựa, động cơ cũ và bo mạch tái chế.

Robot của đội đạt giải Nhất sân chơi STEM cấp thành phố và được phường mượn thử nghiệm trên kênh.`,
    achievements: [[2023, 'Giải Nhất sân chơi STEM cấp thành phố'], [2024, 'Giấy khen của Giám đốc Sở Giáo dục và Đào tạo']],
    lifecycle: { stage: 'dien-hinh-cap-tinh', showPublicly: true, history: h(['nhan-to-moi', '2023-04-01', 'Dự thi lần đầu'], ['dien-hinh-cap-tinh', '2024-01-12', 'Giấy khen của Sở']) },
    movements: ['chuyen-doi-so', 'doi-moi-sang-tao'],
  },
  'phong-dao-tao-cao-dang-ven-bien': {
    portraitAlt: 'Cán bộ Phòng Đào tạo trao đổi với đại diện doanh nghiệp tại xưởng thực hành',
    bio: `Phòng Đào tạo có chín cán bộ. Phòng thiết kế chương trình "vừa học vừa làm", đưa sinh viên năm hai vào thực tập có lương tại doanh nghiệp trong khu công nghiệp.

Nhờ đó, phần lớn sinh viên có việc làm ngay khi tốt nghiệp và doanh nghiệp góp ý trực tiếp vào nội dung đào tạo.`,
    achievements: [[2023, 'Tập thể lao động xuất sắc'], [2025, 'Bằng khen của Chủ tịch Ủy ban nhân dân thành phố']],
    lifecycle: { stage: 'dien-hinh-cap-tinh', showPublicly: false, history: h(['dien-hinh-co-so', '2023-06-20', 'Tập thể lao động xuất sắc'], ['dien-hinh-cap-tinh', '2025-03-10', 'Bằng khen của thành phố']) },
    movements: ['doi-moi-sang-tao'],
  },
  'truong-mam-non-hoa-sen': {
    portraitAlt: 'Cô và trò Trường Mầm non Hoa Sen trên sân trường ngày hội',
    bio: `Trường Mầm non Hoa Sen ở vùng lũ, có 14 nhóm lớp. Trường đưa kỹ năng an toàn dưới nước vào kế hoạch giáo dục và cùng phụ huynh dựng hồ bơi di động.

Mỗi năm, hơn 200 trẻ năm tuổi hoàn thành lớp "Làm quen với nước" trước khi vào lớp Một.`,
    achievements: [[2022, 'Tập thể lao động xuất sắc'], [2024, 'Cờ thi đua của Ủy ban nhân dân tỉnh']],
    lifecycle: { stage: 'dien-hinh-cap-tinh', showPublicly: true, history: h(['dien-hinh-co-so', '2022-06-10', 'Tập thể lao động xuất sắc'], ['dien-hinh-cap-tinh', '2024-12-01', 'Cờ thi đua của tỉnh']) },
    movements: ['truong-hoc-hanh-phuc'],
  },
  'truong-thcs-mui-dat': {
    portraitAlt: 'Học sinh Trường THCS Mũi Đất đọc sách trong thư viện xanh dưới tán đước',
    bio: `Trường THCS Mũi Đất có 12 lớp. Thư viện xanh của trường được dựng dưới tán đước, có sàn gỗ, mái lá và kệ sách chống ẩm.

Học sinh chăm sóc vườn ươm cây ngập mặn và mỗi năm trồng bổ sung hàng nghìn cây con ven bờ.`,
    achievements: [[2023, 'Tập thể lao động xuất sắc'], [2025, 'Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo']],
    lifecycle: { stage: 'dien-hinh-cap-tinh', showPublicly: true, history: h(['nhan-to-moi', '2022-09-05', 'Mô hình thư viện xanh được giới thiệu'], ['dien-hinh-cap-tinh', '2025-05-15', 'Bằng khen của Bộ trưởng']) },
    movements: ['thu-vien-xanh'],
  },
  'doi-tinh-nguyen-su-pham-trung-du': {
    portraitAlt: 'Đội thanh niên tình nguyện Sư phạm Trung Du trong áo xanh trước điểm trường bản',
    bio: `Đội Thanh niên tình nguyện Sư phạm Trung Du thành lập năm 2015. Mỗi mùa hè, đội chia thành nhiều nhóm nhỏ lên các bản vùng cao mở lớp tiền tiểu học.

Đến nay đã có hơn 3.000 trẻ được học qua các lớp hè của đội.`,
    achievements: [[2022, 'Bằng khen của Trung ương Đoàn'], [2024, 'Tập thể tiêu biểu trong phong trào tình nguyện của tỉnh']],
    lifecycle: { stage: 'dien-hinh-cap-tinh', showPublicly: true, history: h(['dien-hinh-co-so', '2019-09-01', 'Đội tình nguyện xuất sắc của trường'], ['dien-hinh-cap-tinh', '2024-08-30', 'Tuyên dương cấp tỉnh']) },
    movements: ['lop-hoc-than-thien'],
  },
  'truong-ptdtbt-thcs-suoi-may': {
    portraitAlt: 'Học sinh bán trú Trường Suối Mây xếp hàng vào nhà ăn',
    bio: `Trường PTDTBT THCS Suối Mây có gần 400 học sinh, hơn 300 em ở bán trú. Trường giữ học trò ở lại lớp bằng bữa cơm đủ chất, phòng ở ấm áp và những buổi sinh hoạt văn hóa mỗi tối thứ Sáu.

Tỷ lệ học sinh bỏ học của trường giảm từ hơn 5% xuống dưới 1% trong năm năm.`,
    achievements: [[2021, 'Tập thể lao động xuất sắc'], [2024, 'Cờ thi đua của Bộ Giáo dục và Đào tạo']],
    lifecycle: { stage: 'dien-hinh-toan-quoc', showPublicly: true, history: h(['dien-hinh-co-so', '2020-06-01', 'Trường tiêu biểu cấp huyện'], ['dien-hinh-cap-tinh', '2022-11-20', 'Cờ thi đua của tỉnh'], ['dien-hinh-toan-quoc', '2024-08-15', 'Cờ thi đua của Bộ']) },
    movements: ['truong-hoc-hanh-phuc', 'doi-moi-sang-tao'],
  },
}
