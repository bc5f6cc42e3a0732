<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS language="th_TH" version="2.1">
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>เ&amp;ลือกทั้งหมด</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>เ&amp;พิ่มขึ้น</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;ลดลง</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>ค้นหาใน:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;ชื่อไฟล์:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>ชนิดไฟล์:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;เปิด</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;บันทึก</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>เ&amp;ลือก</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>โฟลเดอร์:</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>โฟลเดอร์ใหม่</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>ไปข้างหน้า</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>โฟลเดอร์แม่</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>สร้างโฟลเดอร์ใหม่</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>มุมมองรายการ</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>มุมมองรายละเอียด</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ชนิด</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>วันที่แก้ไข</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>คอมพิวเตอร์ของฉัน</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>บันทึกเป็น</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>เลือกโฟลเดอร์</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>เ&amp;ลิกทำ</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ทำ&amp;ซ้ำ</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;ตัด</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;คัดลอก</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;วาง</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>เลือกทั้งหมด</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>แสดงรายละเอียด...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>ซ่อนรายละเอียด...</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>No</source>
        <translation>ไม่ใช่</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>ใ&amp;ช่</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>ไ&amp;ม่ใช่</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>ใช้</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>ไม่บันทึก</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>ตั้งค่าใหม่</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>วิธีใช้</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>ยุติ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>ลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>ข้าม</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>บันทึกทั้งหมด</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>ใช่ทั้ง&amp;หมด</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>ไม่ใช่ทั้ง&amp;หมด</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>คืนค่าเริ่มต้น</translation>
    </message>
    <message>
        <source>Don't Save</source>
        <translation>ไม่บันทึก</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>ปิดโดยไม่บันทึก</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>เ&amp;ลิกทำ</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ทำ&amp;ซ้ำ</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;ตัด</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;คัดลอก</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;วาง</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>เลือกทั้งหมด</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>คัดลอกที่อยู่&amp;ลิงก์</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;ย้อนกลับ</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;ถัดไป &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>เ&amp;สร็จสิ้น</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;วิธีใช้</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>ทำต่อ</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>ยืนยัน</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>เสร็จ</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>วิธีใช้</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../src/welfare_desk/cli/commands_admin.py"/>
        <source>  waiting period {days} days</source>
        <translation>  ระยะเวลารอสิทธิ์ {days} วัน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/benefit_rules.py"/>
        <source>'{code}' is not an account code</source>
        <translation>'{code}' ไม่ใช่รหัสบัญชี</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/benefit_rules.py"/>
        <source>'{kind}' is not one of CODI's benefit kinds</source>
        <translation>'{kind}' ไม่ใช่ประเภทสวัสดิการตามแบบของ พอช.</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/i18n/dates.py"/>
        <source>'{text}' has a two-digit year; write the whole year, such as 2568</source>
        <translation>'{text}' ใช้ปีแบบสองหลัก กรุณาเขียนปีให้ครบสี่หลัก เช่น 2568</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/i18n/dates.py"/>
        <source>'{text}' has a year that cannot be right; write the Buddhist Era year, such as 2568</source>
        <translation>ปีใน '{text}' ไม่น่าจะถูกต้อง กรุณาเขียนปี พ.ศ. เช่น 2568</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/spreadsheets/dues_import.py"/>
        <source>'{text}' is neither an amount nor a tick (/ or ✓)</source>
        <translation>'{text}' ไม่ใช่จำนวนเงินหรือเครื่องหมายว่าส่งแล้ว (/ หรือ ✓)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/i18n/dates.py"/>
        <source>'{text}' is not a date that exists</source>
        <translation>'{text}' ไม่ใช่วันที่ที่มีอยู่จริง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/i18n/dates.py"/>
        <source>'{text}' is not a date; write it like 1/10/2568</source>
        <translation>'{text}' ไม่ใช่วันที่ กรุณาเขียนแบบ 1/10/2568</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/context.py"/>
        <location filename="../src/welfare_desk/spreadsheets/dues_import.py"/>
        <source>'{text}' is not a member number</source>
        <translation>'{text}' ไม่ใช่เลขที่สมาชิก</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/periods.py"/>
        <source>'{text}' is not a period; write {help}</source>
        <translation>'{text}' ไม่ใช่ช่วงเวลาที่อ่านได้ ให้เขียนเป็น{help}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_admin.py"/>
        <source>'{text}' is not a village number</source>
        <translation>'{text}' ไม่ใช่เลขหมู่ที่</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/sync/crypto.py"/>
        <source>'{text}' is not an age public key (age1...)</source>
        <translation>'{text}' ไม่ใช่กุญแจสาธารณะของ age (age1...)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/money.py"/>
        <source>'{text}' is not an amount of baht</source>
        <translation>'{text}' ไม่ใช่จำนวนเงินบาท</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_books.py"/>
        <source>'{text}' should be written as CODE:BAHT</source>
        <translation>'{text}' ต้องเขียนในรูปแบบ CODE:BAHT (รหัสบัญชี:จำนวนบาท)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_admin.py"/>
        <source>'{text}' should be written as {what}</source>
        <translation>'{text}' ต้องเขียนในรูปแบบ {what}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/books_entry.py"/>
        <source>(choose an account)</source>
        <translation>(เลือกบัญชี)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/import_members.py"/>
        <source>(not in the sheet)</source>
        <translation>(ไม่มีในแผ่นงาน)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_export.py"/>
        <source>--full-ids is only for the member register</source>
        <translation>--full-ids ใช้ได้กับทะเบียนสมาชิกเท่านั้น</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/monthly.py"/>
        <location filename="../src/welfare_desk/spreadsheets/monthly_sheet.py"/>
        <source>1. Cash and bank brought forward</source>
        <translation>1. เงินสดและเงินฝากธนาคารยกมา</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/sync_keys.py"/>
        <source>1. Give the zone the fund's key file {file} (it holds no secret).</source>
        <translation>1. ส่งไฟล์กุญแจของกองทุน {file} ให้โซน (ไฟล์นี้ไม่มีความลับ)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/sync_keys.py"/>
        <source>2. Print the registration sheet, sign it with the chair and give it to the zone with the key file.</source>
        <translation>2. พิมพ์แบบลงทะเบียน ลงชื่อพร้อมประธานกองทุน แล้วส่งให้โซนพร้อมไฟล์กุญแจ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/monthly.py"/>
        <location filename="../src/welfare_desk/spreadsheets/monthly_sheet.py"/>
        <source>2. Receipts</source>
        <translation>2. รายรับ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/monthly.py"/>
        <location filename="../src/welfare_desk/spreadsheets/monthly_sheet.py"/>
        <source>3. Payments</source>
        <translation>3. รายจ่าย</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/sync_keys.py"/>
        <source>3. Print the recovery key sheet now, seal it in an envelope with two committee members, then delete the file: the recovery key is kept nowhere else, and anyone with it can read the fund's batches.</source>
        <translation>3. พิมพ์ใบกุญแจกู้คืนเดี๋ยวนี้ ปิดผนึกใส่ซองต่อหน้ากรรมการสองคน แล้วลบไฟล์ทิ้ง กุญแจกู้คืนไม่ได้เก็บไว้ที่อื่นอีก และผู้ใดมีกุญแจนี้จะอ่านชุดข้อมูลของกองทุนได้</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/sync_keys.py"/>
        <source>3. The recovery key file was deleted. Keep the sealed sheet in a safe place.</source>
        <translation>3. ลบไฟล์ใบกุญแจกู้คืนแล้ว ให้เก็บซองที่ปิดผนึกไว้ในที่ปลอดภัย</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/monthly.py"/>
        <location filename="../src/welfare_desk/spreadsheets/monthly_sheet.py"/>
        <source>4. Cash and bank carried forward</source>
        <translation>4. เงินสดและเงินฝากธนาคารยกไป</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/monthly.py"/>
        <location filename="../src/welfare_desk/spreadsheets/monthly_sheet.py"/>
        <source>5. Benefits paid by type</source>
        <translation>5. สวัสดิการที่จ่ายแยกตามประเภท</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/monthly.py"/>
        <location filename="../src/welfare_desk/spreadsheets/monthly_sheet.py"/>
        <source>6. Member movements</source>
        <translation>6. ความเคลื่อนไหวของสมาชิก</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/first_run.py"/>
        <source>&lt; Back</source>
        <translation>&lt; ย้อนกลับ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_data.py"/>
        <source>A backup is a verified copy of the whole database. Back up after every working day and keep a copy away from this computer too (a USB drive).</source>
        <translation>การสำรองข้อมูลคือการทำสำเนาฐานข้อมูลทั้งหมดที่ตรวจสอบแล้ว ควรสำรองข้อมูลทุกวันที่ทำงาน และเก็บสำเนาไว้นอกเครื่องนี้ด้วย (เช่น ไดรฟ์ USB)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/zone/funds.py"/>
        <source>A batch folder, or the whole flash drive</source>
        <translation>โฟลเดอร์ชุดข้อมูล หรือทั้งแฟลชไดรฟ์</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/members.py"/>
        <source>A beneficiary needs a name</source>
        <translation>ต้องระบุชื่อผู้รับผลประโยชน์</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/member_form.py"/>
        <source>A beneficiary's share is a whole percent, not '{text}'</source>
        <translation>สัดส่วนของผู้รับผลประโยชน์ต้องเป็นร้อยละจำนวนเต็ม ไม่ใช่ '{text}'</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/benefit_rules.py"/>
        <source>A benefit type needs a code and a Thai name</source>
        <translation>ประเภทสวัสดิการต้องมีรหัสและชื่อภาษาไทย</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/claims.py"/>
        <source>A claim cannot be decided before it was filed</source>
        <translation>พิจารณาคำร้องก่อนวันที่ยื่นคำร้องไม่ได้</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/claims.py"/>
        <source>A claim cannot be paid before it was filed</source>
        <translation>จ่ายเงินตามคำร้องก่อนวันที่ยื่นคำร้องไม่ได้</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_regulation.py"/>
        <source>A claim is judged by the version in force on the day of its event. To amend a rule, add a new version with the date it takes effect; earlier versions stay as they were.</source>
        <translation>การขอรับสวัสดิการพิจารณาตามระเบียบฉบับที่ใช้บังคับในวันที่เกิดเหตุ หากจะแก้ไขระเบียบ ให้เพิ่มฉบับใหม่พร้อมวันที่เริ่มใช้บังคับ ฉบับเดิมยังคงอยู่ตามเดิม</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/context.py"/>
        <source>A date is needed</source>
        <translation>ต้องระบุวันที่</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/spreadsheets/dues_import.py"/>
        <source>A date is not an amount paid</source>
        <translation>ช่องนี้เป็นวันที่ ไม่ใช่จำนวนเงินที่ส่ง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_admin.py"/>
        <source>A demo fund needs at least one member and one year</source>
        <translation>กองทุนตัวอย่างต้องมีสมาชิกอย่างน้อย 1 คน และข้อมูลอย่างน้อย 1 ปี</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/dues.py"/>
        <source>A dues plan needs a code</source>
        <translation>แบบการส่งเงินสัจจะต้องมีรหัส</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/dues.py"/>
        <source>A dues plan's amount must be more than zero</source>
        <translation>จำนวนเงินของแบบการส่งเงินสัจจะต้องมากกว่าศูนย์</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/sync/batch.py"/>
        <source>A file of the batch does not match its checksum ({files}): it was damaged on the way; export the batch again</source>
        <translation>ไฟล์ในชุดข้อมูลไม่ตรงกับค่าตรวจสอบ ({files}) แสดงว่าเสียหายระหว่างทาง ให้กองทุนส่งออกชุดข้อมูลใหม่</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/claim_amounts.py"/>
        <source>A fixed amount of {amount} baht</source>
        <translation>จ่ายอัตราคงที่ {amount} บาท</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/zone/funds.py"/>
        <source>A folder or flash drive for the province</source>
        <translation>โฟลเดอร์หรือแฟลชไดรฟ์สำหรับส่งให้จังหวัด</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/first_run.py"/>
        <source>A fund covers at least one village</source>
        <translation>กองทุนต้องครอบคลุมอย่างน้อยหนึ่งหมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/accounts.py"/>
        <source>A fund keeps at most nine bank accounts</source>
        <translation>กองทุนมีบัญชีธนาคารได้ไม่เกิน 9 บัญชี</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/zone/confirm.py"/>
        <source>A key fingerprint has {n} digits</source>
        <translation>ลายนิ้วมือกุญแจมี {n} หลัก</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/journal.py"/>
        <source>A line of an entry cannot be zero</source>
        <translation>จำนวนเงินในแต่ละบรรทัดของรายการบัญชีต้องไม่เป็นศูนย์</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/members.py"/>
        <source>A member names at most two beneficiaries</source>
        <translation>สมาชิกระบุผู้รับผลประโยชน์ได้ไม่เกิน 2 คน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/members.py"/>
        <source>A member who is {current} cannot become {target}</source>
        <translation>สมาชิกที่มีสถานะ {current} เปลี่ยนเป็นสถานะ {target} ไม่ได้</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/eligibility.py"/>
        <source>A member who is {status} cannot claim this benefit</source>
        <translation>สมาชิกที่มีสถานะ{status} ไม่มีสิทธิ์ขอรับสวัสดิการนี้</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_books.py"/>
        <source>A month is written YYYY-MM, not '{text}'</source>
        <translation>เดือนต้องเขียนแบบ YYYY-MM ไม่ใช่ '{text}'</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/thai_id.py"/>
        <source>A national ID has 13 digits: '{text}'</source>
        <translation>เลขประจำตัวประชาชนต้องมี 13 หลัก: '{text}'</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/books_transfer.py"/>
        <source>A new entry with the debits and credits swapped will be posted on the date below. The original stays in the book, marked as reversed.</source>
        <translation>จะบันทึกรายการใหม่ที่สลับเดบิตกับเครดิตในวันที่ด้านล่าง รายการเดิมยังคงอยู่ในสมุดและมีเครื่องหมายว่ากลับรายการแล้ว</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/sync/fund_sync.py"/>
        <location filename="../src/welfare_desk/sync/zone_sync.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/sync_setup.py"/>
        <source>A passphrase has at least {n} characters</source>
        <translation>รหัสผ่านกุญแจต้องยาวอย่างน้อย {n} ตัวอักษร</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/context.py"/>
        <source>A passphrase is needed: type it, or set WELFARE_DESK_PASSPHRASE</source>
        <translation>ต้องใช้รหัสผ่านกุญแจ: พิมพ์รหัสผ่าน หรือกำหนดไว้ใน WELFARE_DESK_PASSPHRASE</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/fund.py"/>
        <source>A password has at least {n} characters</source>
        <translation>รหัสผ่านต้องมีอย่างน้อย {n} ตัวอักษร</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/spreadsheets/dues_import.py"/>
        <source>A payment cannot be less than zero ({amount})</source>
        <translation>จำนวนเงินที่ส่งติดลบไม่ได้ ({amount})</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/books.py"/>
        <source>A period can be closed only after its last day ({date})</source>
        <translation>ปิดงวดได้หลังวันสุดท้ายของงวด ({date}) เท่านั้น</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_plans.py"/>
        <source>A plan's amount counts for every instalment of the members on it, past ones too. For a new rate, add a new plan and move members to it.</source>
        <translation>ยอดเงินของแบบการส่งใช้กับทุกงวดของสมาชิกที่ใช้แบบนี้ รวมถึงงวดที่ผ่านมาแล้ว หากจะเปลี่ยนอัตรา ให้เพิ่มแบบใหม่แล้วย้ายสมาชิกไปใช้แบบใหม่</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/funds.py"/>
        <source>A receipt book holds 1 to 1,000 receipts</source>
        <translation>ใบเสร็จรับเงินหนึ่งเล่มมีได้ 1 ถึง 1,000 ใบ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/dues.py"/>
        <source>A receipt cannot be voided before it was issued</source>
        <translation>ยกเลิกใบเสร็จรับเงินก่อนวันที่ออกใบเสร็จไม่ได้</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/dues.py"/>
        <source>A receipt needs the payer's name</source>
        <translation>ใบเสร็จรับเงินต้องมีชื่อผู้ชำระเงิน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/fund.py"/>
        <source>A receipt number is written book/number, such as 3/045, not '{text}'</source>
        <translation>เลขที่ใบเสร็จต้องเขียนแบบ เล่มที่/เลขที่ เช่น 3/045 ไม่ใช่ '{text}'</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/claims.py"/>
        <source>A rejection needs a reason</source>
        <translation>การไม่อนุมัติต้องระบุเหตุผล</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/books.py"/>
        <source>A reversal needs a reason</source>
        <translation>การกลับรายการต้องระบุเหตุผล</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/benefit_rules.py"/>
        <source>A rule must allow at least one member status</source>
        <translation>ข้อระเบียบต้องระบุสถานะสมาชิกที่มีสิทธิ์อย่างน้อยหนึ่งสถานะ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/benefit_rules.py"/>
        <source>A rule needs its benefit and the clause (ข้อ) it comes from</source>
        <translation>ข้อระเบียบต้องระบุประเภทสวัสดิการและข้อของระเบียบ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/members.py"/>
        <source>A status change needs a reason</source>
        <translation>การเปลี่ยนสถานะต้องระบุเหตุผล</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/benefit_rules.py"/>
        <source>A tiered amount needs at least one tier</source>
        <translation>การจ่ายตามขั้นต้องมีอย่างน้อยหนึ่งขั้น</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/books.py"/>
        <source>A transfer needs two different accounts</source>
        <translation>การโอนเงินต้องใช้สองบัญชีที่ไม่ใช่บัญชีเดียวกัน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/funds.py"/>
        <source>A user name is one word without spaces, not '{name}'</source>
        <translation>ชื่อผู้ใช้ต้องเป็นคำเดียวที่ไม่มีช่องว่าง ไม่ใช่ '{name}'</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/funds.py"/>
        <source>A village needs its number (หมู่ที่) and a name</source>
        <translation>หมู่บ้านต้องมีเลขหมู่ที่และชื่อหมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_plans.py"/>
        <source>A year (baht)</source>
        <translation>ต่อปี (บาท)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_books.py"/>
        <source>A year is written YYYY, not '{text}'</source>
        <translation>ปีต้องเขียนแบบ YYYY ไม่ใช่ '{text}'</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_zone.py"/>
        <location filename="../src/welfare_desk/ui/zone/funds.py"/>
        <source>ACK for fund {code}: {path}</source>
        <translation>ใบตอบรับของกองทุน {code}: {path}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_zone.py"/>
        <location filename="../src/welfare_desk/ui/zone/funds.py"/>
        <source>ACK written: {path}</source>
        <translation>เขียนใบตอบรับแล้ว: {path}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/spreadsheets/report_sheets.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/books_close.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/books_entry.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/books_transfer.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_tables.py"/>
        <location filename="../src/welfare_desk/ui/pages/books.py"/>
        <source>Account</source>
        <translation>บัญชี</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/main_window.py"/>
        <location filename="../src/welfare_desk/ui/pages/books.py"/>
        <source>Account book</source>
        <translation>สมุดบัญชี</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/books.py"/>
        <source>Account {code}: the book says {book} baht on {date} but {counted} baht was counted (difference {difference}); find the difference or post an adjusting entry first</source>
        <translation>บัญชี {code}: ยอดตามบัญชี ณ วันที่ {date} คือ {book} บาท แต่ตรวจนับได้ {counted} บาท (ต่างกัน {difference}) กรุณาหาสาเหตุของผลต่าง หรือบันทึกรายการปรับปรุงก่อน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/zone.py"/>
        <source>Acknowledgements (*.ack)</source>
        <translation>ใบตอบรับ (*.ack)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/zone_report.py"/>
        <source>Active members</source>
        <translation>สมาชิกปกติ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <source>Active members at the end of the year</source>
        <translation>สมาชิกปกติ ณ สิ้นปีบัญชี</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/home.py"/>
        <source>Active members by age</source>
        <translation>สมาชิกปกติตามช่วงอายุ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/report_text.py"/>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_member_tables.py"/>
        <source>Active members by age group</source>
        <translation>สมาชิกปกติแยกตามช่วงอายุ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/report_text.py"/>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_member_tables.py"/>
        <source>Active members by category</source>
        <translation>สมาชิกปกติแยกตามกลุ่ม</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/zone_report.py"/>
        <source>Active members by category, whole zone</source>
        <translation>สมาชิกปกติแยกตามประเภท ทั้งโซน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/report_text.py"/>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_member_tables.py"/>
        <source>Active members by village</source>
        <translation>สมาชิกปกติแยกตามหมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/member_form.py"/>
        <source>Add a beneficiary</source>
        <translation>เพิ่มผู้รับผลประโยชน์</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/books_entry.py"/>
        <source>Add a line</source>
        <translation>เพิ่มบรรทัด</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_plans.py"/>
        <source>Add a plan, or pick one in the list to change it</source>
        <translation>เพิ่มแบบการส่งใหม่ หรือเลือกแบบในรายการเพื่อแก้ไข</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/settings_rule_version.py"/>
        <source>Add a tier</source>
        <translation>เพิ่มขั้น</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_users.py"/>
        <source>Add a user</source>
        <translation>เพิ่มผู้ใช้</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_users.py"/>
        <source>Add the user</source>
        <translation>เพิ่มผู้ใช้</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_admin.py"/>
        <source>Added user {name}</source>
        <translation>เพิ่มผู้ใช้ {name} แล้ว</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/zone_report.py"/>
        <source>Administration</source>
        <translation>ค่าบริหารจัดการ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_regulation.py"/>
        <source>Age</source>
        <translation>อายุ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/eligibility.py"/>
        <source>Aged {age} on the event date; the maximum age is {limit}</source>
        <translation>อายุ {age} ปี ณ วันที่เกิดเหตุ แต่อายุสูงสุดที่มีสิทธิ์คือ {limit} ปี</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/eligibility.py"/>
        <source>Aged {age} on the event date; the minimum age is {limit}</source>
        <translation>อายุ {age} ปี ณ วันที่เกิดเหตุ แต่อายุขั้นต่ำที่มีสิทธิ์คือ {limit} ปี</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/claims.py"/>
        <source>All claims of the last 13 months</source>
        <translation>คำร้องทั้งหมดในรอบ 13 เดือน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/members.py"/>
        <source>All groups</source>
        <translation>ทุกกลุ่ม</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <location filename="../src/welfare_desk/services/zone_report.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_member_tables.py"/>
        <source>All members</source>
        <translation>สมาชิกทั้งหมด</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/eligibility.py"/>
        <source>All required documents are attached: {required}</source>
        <translation>มีเอกสารครบตามที่กำหนด: {required}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/members.py"/>
        <source>All statuses</source>
        <translation>ทุกสถานะ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/members.py"/>
        <source>All villages</source>
        <translation>ทุกหมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/zone/outcomes.py"/>
        <source>Already here</source>
        <translation>มีอยู่แล้ว</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/imports.py"/>
        <source>Already in the fund as member {no} (same name and birth date)</source>
        <translation>มีอยู่ในกองทุนแล้วเป็นสมาชิกเลขที่ {no} (ชื่อและวันเกิดตรงกัน)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/imports.py"/>
        <source>Already in the fund as member {no} (same national ID)</source>
        <translation>มีอยู่ในกองทุนแล้วเป็นสมาชิกเลขที่ {no} (เลขประจำตัวประชาชนตรงกัน)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/dues_import.py"/>
        <source>Already paid: receipt {receipt} of {date}</source>
        <translation>ส่งแล้ว ตามใบเสร็จเลขที่ {receipt} ลงวันที่ {date}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/settings_rule_version.py"/>
        <source>Amendment</source>
        <translation>การแก้ไขเพิ่มเติม</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/zone_report.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/member_page.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_member_tables.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_tables.py"/>
        <location filename="../src/welfare_desk/ui/pages/claims.py"/>
        <location filename="../src/welfare_desk/ui/pages/dues_quick.py"/>
        <location filename="../src/welfare_desk/ui/pages/settings_regulation.py"/>
        <source>Amount</source>
        <translation>จำนวนเงิน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <location filename="../src/welfare_desk/printing/monthly.py"/>
        <location filename="../src/welfare_desk/printing/receipts.py"/>
        <location filename="../src/welfare_desk/printing/statement.py"/>
        <location filename="../src/welfare_desk/printing/voucher.py"/>
        <location filename="../src/welfare_desk/spreadsheets/monthly_sheet.py"/>
        <location filename="../src/welfare_desk/spreadsheets/report_sheets.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/settings_rule_version.py"/>
        <location filename="../src/welfare_desk/ui/pages/dues_collection.py"/>
        <source>Amount (baht)</source>
        <translation>จำนวนเงิน (บาท)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/books_transfer.py"/>
        <location filename="../src/welfare_desk/ui/pages/dues_quick.py"/>
        <source>Amount (baht) *</source>
        <translation>จำนวนเงิน (บาท) *</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/claim_decide.py"/>
        <source>Amount approved (baht)</source>
        <translation>จำนวนเงินที่อนุมัติ (บาท)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/claim_file.py"/>
        <source>Amount asked (baht)</source>
        <translation>จำนวนเงินที่ขอ (บาท)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/claim_form.py"/>
        <source>Amount asked: {amount} baht</source>
        <translation>จำนวนเงินที่ขอ {amount} บาท</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/settings_rule_version.py"/>
        <source>Amount is</source>
        <translation>จ่ายเงินแบบ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_plans.py"/>
        <source>Amount per instalment (baht)</source>
        <translation>จำนวนเงินต่องวด (บาท)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/zone_report.py"/>
        <source>Amounts in whole baht; the workbook (.xlsx) has them to the satang.</source>
        <translation>จำนวนเงินเป็นบาทเต็ม (ปัดเศษสตางค์) ไฟล์ .xlsx มีจำนวนเงินละเอียดถึงสตางค์</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/zone_report.py"/>
        <source>Amphoe</source>
        <translation>อำเภอ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/first_run.py"/>
        <location filename="../src/welfare_desk/ui/pages/settings_fund.py"/>
        <source>Amphoe *</source>
        <translation>อำเภอ *</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/zone_report.py"/>
        <source>An .{ext} report needs --out FILE</source>
        <translation>รายงานแบบ .{ext} ต้องระบุ --out ไฟล์</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/benefit_rules.py"/>
        <source>An amendment must take effect after {date}, when version {version} did</source>
        <translation>ฉบับแก้ไขต้องมีผลหลังวันที่ {date} ซึ่งเป็นวันที่ฉบับที่ {version} มีผล</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/dues_collection.py"/>
        <source>An amount is not right</source>
        <translation>มีจำนวนเงินที่ไม่ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/books.py"/>
        <source>An entry needs a description</source>
        <translation>รายการบัญชีต้องมีคำอธิบายรายการ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/journal.py"/>
        <source>An entry needs at least two lines</source>
        <translation>รายการบัญชีต้องมีอย่างน้อยสองบรรทัด</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/dues.py"/>
        <source>An instalment covers 1, 2, 3, 4, 6 or 12 months, not {months}</source>
        <translation>หนึ่งงวดครอบคลุม 1, 2, 3, 4, 6 หรือ 12 เดือน ไม่ใช่ {months} เดือน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <location filename="../src/welfare_desk/ui/pages/reports.py"/>
        <source>Annual report to the general assembly</source>
        <translation>รายงานประจำปีต่อที่ประชุมใหญ่สามัญประจำปี</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/zone/outcomes.py"/>
        <source>Applied</source>
        <translation>นำเข้าแล้ว</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/claim_decide.py"/>
        <source>Approve</source>
        <translation>อนุมัติ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/voucher.py"/>
        <source>Approved by the committee's meeting: {meeting}</source>
        <translation>อนุมัติตามมติที่ประชุมคณะกรรมการ: {meeting}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/claims_view.py"/>
        <location filename="../src/welfare_desk/ui/claim_text.py"/>
        <source>Approved: {amount} baht by {who}</source>
        <translation>อนุมัติ {amount} บาท โดย {who}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/claim_form.py"/>
        <source>Approved: {amount} baht {words}</source>
        <translation>อนุมัติ จำนวน {amount} บาท {words}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/voucher.py"/>
        <source>Approver (chair of the committee)</source>
        <translation>ผู้อนุมัติ (ประธานกรรมการ)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/reports_period.py"/>
        <source>As of</source>
        <translation>ณ วันที่</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/periods.py"/>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <location filename="../src/welfare_desk/spreadsheets/report_sheets.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_period.py"/>
        <source>As of {date}</source>
        <translation>ณ วันที่ {date}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/report_text.py"/>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_tables.py"/>
        <source>Assets</source>
        <translation>สินทรัพย์</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_member_tables.py"/>
        <source>At least {n} benefit types paid</source>
        <translation>จ่ายสวัสดิการอย่างน้อย {n} ประเภท</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/sync_setup.py"/>
        <source>At least {n} characters. A short sentence is easy to remember and hard to guess.</source>
        <translation>อย่างน้อย {n} ตัวอักษร ประโยคสั้น ๆ จำง่ายและเดายาก</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <location filename="../src/welfare_desk/printing/monthly.py"/>
        <source>Auditor</source>
        <translation>ผู้ตรวจสอบ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_export.py"/>
        <source>B.E. or C.E.</source>
        <translation>พ.ศ. หรือ ค.ศ.</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/sync/batch.py"/>
        <source>BATCH.txt is incomplete or damaged ({problem})</source>
        <translation>ไฟล์ BATCH.txt ไม่ครบหรือเสียหาย ({problem})</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_data.py"/>
        <source>Back up now</source>
        <translation>สำรองข้อมูลทันที</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_data.py"/>
        <source>Backing up…</source>
        <translation>กำลังสำรองข้อมูล…</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings.py"/>
        <location filename="../src/welfare_desk/ui/pages/settings_data.py"/>
        <source>Backup</source>
        <translation>สำรองข้อมูล</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_data.py"/>
        <source>Backup folder</source>
        <translation>โฟลเดอร์เก็บไฟล์สำรอง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_admin.py"/>
        <location filename="../src/welfare_desk/ui/pages/settings_data.py"/>
        <source>Backup written and verified: {path} ({events} events)</source>
        <translation>สำรองข้อมูลและตรวจสอบเรียบร้อยแล้ว: {path} ({events} รายการ)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_data.py"/>
        <source>Backups in this folder, newest first</source>
        <translation>ไฟล์สำรองในโฟลเดอร์นี้ (ล่าสุดอยู่บนสุด)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/settings_rule_version.py"/>
        <source>Baht a claim *</source>
        <translation>บาทต่อครั้ง *</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/settings_rule_version.py"/>
        <source>Baht a night *</source>
        <translation>บาทต่อคืน *</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_plans.py"/>
        <source>Baht an instalment *</source>
        <translation>บาทต่องวด *</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/reports_tables.py"/>
        <location filename="../src/welfare_desk/ui/pages/books.py"/>
        <source>Balance</source>
        <translation>ยอดคงเหลือ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/first_run.py"/>
        <source>Bank</source>
        <translation>ธนาคาร</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/first_run.py"/>
        <source>Bank account number</source>
        <translation>เลขที่บัญชีธนาคาร</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/reports_tables.py"/>
        <source>Bank book</source>
        <translation>สมุดเงินฝากธนาคาร</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/zone/funds.py"/>
        <source>Batch</source>
        <translation>ชุดข้อมูล</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/sync/recover.py"/>
        <source>Batch {name} does not open with this recovery key</source>
        <translation>ชุดข้อมูล {name} เปิดด้วยกุญแจกู้คืนนี้ไม่ได้</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/sync/recover.py"/>
        <source>Batch {name} is signed with key {key}, which the fund's history never announced</source>
        <translation>ชุดข้อมูล {name} ลงนามด้วยกุญแจ {key} ซึ่งไม่เคยปรากฏในประวัติของกองทุน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_sync.py"/>
        <location filename="../src/welfare_desk/ui/pages/zone.py"/>
        <source>Batch {name}: events {first}-{last} ({count}), written and checked. The stick can be removed.</source>
        <translation>ชุดข้อมูล {name}: รายการที่ {first}-{last} ({count} รายการ) เขียนและตรวจสอบเรียบร้อยแล้ว ถอดแฟลชไดรฟ์ออกได้</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/zone/funds.py"/>
        <source>Batches of the last import</source>
        <translation>ชุดข้อมูลที่นำเข้าครั้งล่าสุด</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/spreadsheets/monthly_sheet.py"/>
        <source>Became {status}</source>
        <translation>เปลี่ยนสถานะเป็น{status}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_members.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/member_page.py"/>
        <source>Beneficiaries</source>
        <translation>ผู้รับผลประโยชน์</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/member_form.py"/>
        <source>Beneficiaries (for the death benefit)</source>
        <translation>ผู้รับผลประโยชน์ (กรณีเสียชีวิต)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <location filename="../src/welfare_desk/printing/monthly.py"/>
        <location filename="../src/welfare_desk/printing/statement.py"/>
        <location filename="../src/welfare_desk/services/zone_report.py"/>
        <location filename="../src/welfare_desk/spreadsheets/report_sheets.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/member_page.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_member_tables.py"/>
        <location filename="../src/welfare_desk/ui/pages/claims.py"/>
        <location filename="../src/welfare_desk/ui/pages/settings_regulation.py"/>
        <source>Benefit</source>
        <translation>สวัสดิการ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/claim_file.py"/>
        <source>Benefit *</source>
        <translation>สวัสดิการ *</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/claim_form.py"/>
        <source>Benefit asked for: {benefit}; event on {date}</source>
        <translation>ขอรับสวัสดิการ: {benefit} เหตุเกิดวันที่ {date}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/claim_form.py"/>
        <source>Benefit claim form</source>
        <translation>แบบคำร้องขอรับสวัสดิการ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings.py"/>
        <source>Benefit regulation</source>
        <translation>ระเบียบกองทุน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/reports_member_tables.py"/>
        <source>Benefit types paid</source>
        <translation>จำนวนประเภทสวัสดิการที่จ่าย</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/member_page.py"/>
        <location filename="../src/welfare_desk/ui/main_window.py"/>
        <location filename="../src/welfare_desk/ui/pages/claims.py"/>
        <source>Benefits</source>
        <translation>สวัสดิการ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/zone/report.py"/>
        <source>Benefits by type</source>
        <translation>สวัสดิการแยกตามประเภท</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/zone_report.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_member_tables.py"/>
        <source>Benefits paid</source>
        <translation>สวัสดิการที่จ่าย</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <location filename="../src/welfare_desk/spreadsheets/report_sheets.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_catalog.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_member_tables.py"/>
        <source>Benefits paid by type</source>
        <translation>สวัสดิการที่จ่ายแยกตามประเภท</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/zone_report.py"/>
        <source>Benefits paid by type, whole zone</source>
        <translation>สวัสดิการที่จ่ายแยกตามประเภท ทั้งโซน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/home.py"/>
        <source>Benefits paid this fiscal year</source>
        <translation>สวัสดิการที่จ่ายในปีบัญชีนี้</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/summary.py"/>
        <source>Benefits paid this fiscal year: {amount} baht</source>
        <translation>สวัสดิการที่จ่ายในปีบัญชีนี้: {amount} บาท</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/home.py"/>
        <source>Benefits paid this month</source>
        <translation>สวัสดิการที่จ่ายเดือนนี้</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/report_text.py"/>
        <source>Benefits paid {first} to {last}</source>
        <translation>สวัสดิการที่จ่าย ตั้งแต่ {first} ถึง {last}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/report_text.py"/>
        <location filename="../src/welfare_desk/printing/statement.py"/>
        <source>Benefits received</source>
        <translation>สวัสดิการที่ได้รับ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/books_close.py"/>
        <source>Book balance</source>
        <translation>ยอดตามบัญชี</translation>
    </message>
    <message>
        <source>Book balances at the end of {date}</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/books_close.py"/>
        <source>Book balances on {date}, the last day</source>
        <translation>ยอดตามบัญชี ณ วันที่ {date} (วันสุดท้ายของงวด)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/books.py"/>
        <location filename="../src/welfare_desk/ui/pages/reports.py"/>
        <source>Book of</source>
        <translation>เลือกสมุด</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/receipts.py"/>
        <source>Book {book}  No. {number}</source>
        <translation>เล่มที่ {book}  เลขที่ {number}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_members.py"/>
        <location filename="../src/welfare_desk/spreadsheets/register_export.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/import_members.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/member_page.py"/>
        <source>Born</source>
        <translation>วันเกิด</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/member_form.py"/>
        <source>Born (B.E.)</source>
        <translation>วันเกิด (พ.ศ.)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/report_text.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_member_tables.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_tables.py"/>
        <location filename="../src/welfare_desk/ui/pages/books.py"/>
        <source>Brought forward</source>
        <translation>ยอดยกมา</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_reports.py"/>
        <source>Brought forward {amount}</source>
        <translation>ยอดยกมา {amount}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/books.py"/>
        <source>Brought forward {opening} · received {received} · paid out {paid} · carried forward {closing} baht</source>
        <translation>ยอดยกมา {opening} · รับ {received} · จ่าย {paid} · ยอดยกไป {closing} บาท</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_catalog.py"/>
        <location filename="../src/welfare_desk/ui/pages/reports.py"/>
        <source>CODI fund status form</source>
        <translation>แบบแสดงสถานะกองทุนสวัสดิการชุมชน (พอช.)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/reports_member_tables.py"/>
        <source>CODI fund status form, fiscal year B.E. {year}</source>
        <translation>แบบแสดงสถานะกองทุนสวัสดิการชุมชน (พอช.) ประจำปีบัญชี พ.ศ. {year}</translation>
    </message>
    <message>
        <source>CODI fund status form, fiscal year {year}</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_books.py"/>
        <source>CODI matching money</source>
        <translation>เงินสมทบจากรัฐบาลผ่าน พอช.</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/accounts.py"/>
        <source>CODI seed money</source>
        <translation>เงินทุนประเดิมจาก พอช.</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/report_text.py"/>
        <source>CODI status figures: {name} ({code}), fiscal year {year}</source>
        <translation>ข้อมูลตามแบบแสดงสถานะกองทุนสวัสดิการชุมชน (พอช.): {name} ({code}) ปีบัญชี {year}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_member_tables.py"/>
        <source>CODI's conditions for matching money</source>
        <translation>เงื่อนไขการรับเงินสมทบจากรัฐบาลผ่าน พอช.</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/zone/confirm.py"/>
        <source>Call the fund. Its treasurer reads the key fingerprint (30 digits) from the screen or the registration sheet; type the digits you hear.</source>
        <translation>โทรหากองทุน ให้เหรัญญิกอ่านลายนิ้วมือกุญแจ (30 หลัก) จากหน้าจอหรือจากแบบลงทะเบียน แล้วพิมพ์ตัวเลขตามที่ได้ยิน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/first_run.py"/>
        <location filename="../src/welfare_desk/ui/widgets/forms.py"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_regulation.py"/>
        <source>Cap per claim</source>
        <translation>เพดานต่อครั้ง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/settings_rule_version.py"/>
        <source>Cap per claim (baht)</source>
        <translation>เพดานต่อครั้ง (บาท)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_regulation.py"/>
        <source>Cap per lifetime</source>
        <translation>เพดานตลอดชีวิต</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/settings_rule_version.py"/>
        <source>Cap per lifetime (baht)</source>
        <translation>เพดานตลอดชีวิต (บาท)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_regulation.py"/>
        <source>Cap per year</source>
        <translation>เพดานต่อปี</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/settings_rule_version.py"/>
        <source>Cap per year (baht)</source>
        <translation>เพดานต่อปี (บาท)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/report_text.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_member_tables.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_tables.py"/>
        <location filename="../src/welfare_desk/ui/pages/books.py"/>
        <source>Carried forward</source>
        <translation>ยอดยกไป</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_reports.py"/>
        <source>Carried forward {amount}</source>
        <translation>ยอดยกไป {amount}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/zone_report.py"/>
        <location filename="../src/welfare_desk/ui/pages/home.py"/>
        <source>Cash and bank</source>
        <translation>เงินสดและเงินฝากธนาคาร</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/home.py"/>
        <source>Cash and bank at each month's end (baht)</source>
        <translation>เงินสดและเงินฝากธนาคาร ณ สิ้นเดือน (บาท)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/summary.py"/>
        <source>Cash and bank on {date}: {amount} baht</source>
        <translation>เงินสดและเงินฝากธนาคาร ณ วันที่ {date}: {amount} บาท</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/reports_tables.py"/>
        <source>Cash book</source>
        <translation>สมุดเงินสด</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/reports_catalog.py"/>
        <source>Cash book / bank book</source>
        <translation>สมุดเงินสด / สมุดเงินฝากธนาคาร</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/books.py"/>
        <source>Cash book and bank books</source>
        <translation>สมุดเงินสดและสมุดเงินฝากธนาคาร</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/books.py"/>
        <source>Cash ↔ bank</source>
        <translation>โอนเงินสด ↔ ธนาคาร</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_members.py"/>
        <source>Categories</source>
        <translation>กลุ่มสมาชิก</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/zone_report.py"/>
        <source>Category</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/claim_form.py"/>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <location filename="../src/welfare_desk/printing/monthly.py"/>
        <location filename="../src/welfare_desk/printing/sync_sheets.py"/>
        <source>Chair of the fund</source>
        <translation>ประธานกองทุน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_plans.py"/>
        <source>Change a plan</source>
        <translation>แก้ไขแบบการส่งเงินสัจจะ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/member_page.py"/>
        <source>Change of status</source>
        <translation>เปลี่ยนสถานะสมาชิก</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/member_page.py"/>
        <source>Change status…</source>
        <translation>เปลี่ยนสถานะ…</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/settings_password.py"/>
        <source>Change the password</source>
        <translation>เปลี่ยนรหัสผ่าน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_users.py"/>
        <source>Change the password…</source>
        <translation>เปลี่ยนรหัสผ่าน…</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_plans.py"/>
        <source>Change the plan</source>
        <translation>แก้ไขแบบการส่ง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings.py"/>
        <location filename="../src/welfare_desk/ui/pages/settings_data.py"/>
        <source>Check my data</source>
        <translation>ตรวจสอบข้อมูล</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/zone/funds.py"/>
        <source>Checking and importing the batches…</source>
        <translation>กำลังตรวจสอบและนำเข้าชุดข้อมูล…</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_data.py"/>
        <source>Checking the data…</source>
        <translation>กำลังตรวจสอบข้อมูล…</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_data.py"/>
        <source>Checks that the database file is intact, that the history of every change is complete and unaltered, and that the books balance. It changes nothing.</source>
        <translation>ตรวจว่าไฟล์ฐานข้อมูลสมบูรณ์ ประวัติการเปลี่ยนแปลงทุกรายการครบถ้วนและไม่ถูกแก้ไข และบัญชีถูกต้องตรงกัน โดยไม่เปลี่ยนแปลงข้อมูลใด ๆ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/books.py"/>
        <source>Choose an entry in the journal or the book first</source>
        <translation>เลือกรายการในสมุดรายวันหรือสมุดเงินสดก่อน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/sync_setup.py"/>
        <source>Choose file…</source>
        <translation>เลือกไฟล์…</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_data.py"/>
        <source>Choose folder…</source>
        <translation>เลือกโฟลเดอร์…</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_data.py"/>
        <source>Choose the backup folder first</source>
        <translation>กรุณาเลือกโฟลเดอร์เก็บไฟล์สำรองก่อน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/zone/report.py"/>
        <source>Choose the fiscal year, then press Show (F5).</source>
        <translation>เลือกปีบัญชี แล้วกด แสดง (F5)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/zone/funds.py"/>
        <source>Choose the fund in the table first: a fund whose key is not yet revoked.</source>
        <translation>เลือกกองทุนในตารางก่อน โดยเลือกกองทุนที่กุญแจยังไม่ถูกเพิกถอน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/claim_file.py"/>
        <source>Choose the member first</source>
        <translation>กรุณาเลือกสมาชิกก่อน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/reports.py"/>
        <source>Choose the period, then press Show (F5 or Enter).</source>
        <translation>เลือกวันที่หรือช่วงเวลา แล้วกด “แสดง” (F5 หรือ Enter)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/sync_setup.py"/>
        <source>Choose the zone's key file (zone.pub) first</source>
        <translation>เลือกไฟล์กุญแจของโซน (zone.pub) ก่อน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/first_run.py"/>
        <source>Choose…</source>
        <translation>เลือก…</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/member_page.py"/>
        <location filename="../src/welfare_desk/ui/pages/claims.py"/>
        <source>Claim</source>
        <translation>คำร้อง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/claim_decide.py"/>
        <source>Claim paid</source>
        <translation>จ่ายเงินแล้ว</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_regulation.py"/>
        <source>Claim within</source>
        <translation>ยื่นขอรับภายใน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/settings_rule_version.py"/>
        <source>Claim within (days of the event)</source>
        <translation>ยื่นขอรับภายใน (วัน นับจากวันเกิดเหตุ)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/claims.py"/>
        <source>Claim {number} does not meet the regulation; it can only be rejected</source>
        <translation>คำร้องเลขที่ {number} ไม่เป็นไปตามระเบียบ จึงทำได้เพียงไม่อนุมัติ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/claims.py"/>
        <source>Claim {number} has already been decided</source>
        <translation>คำร้องเลขที่ {number} พิจารณาไปแล้ว</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/claims.py"/>
        <source>Claim {number} is already paid</source>
        <translation>คำร้องเลขที่ {number} จ่ายเงินไปแล้ว</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/claims.py"/>
        <source>Claim {number} is not approved</source>
        <translation>คำร้องเลขที่ {number} ยังไม่ได้รับอนุมัติ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/claim_form.py"/>
        <source>Claim {number}, filed on {date}</source>
        <translation>คำร้องเลขที่ {number} ยื่นวันที่ {date}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/claims_view.py"/>
        <location filename="../src/welfare_desk/ui/claim_text.py"/>
        <source>Claim {number}: {benefit}, event on {date}</source>
        <translation>คำร้องเลขที่ {number}: {benefit} เกิดเหตุวันที่ {date}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/claim_form.py"/>
        <source>Claimant</source>
        <translation>ผู้ยื่นคำร้อง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/claim_form.py"/>
        <source>Claimant (beneficiary or heir)</source>
        <translation>ผู้ยื่นคำร้อง (ผู้รับผลประโยชน์/ทายาท)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/claim_form.py"/>
        <source>Claimed by the beneficiary or heir: {name}</source>
        <translation>ผู้ยื่นคำร้องแทนสมาชิกผู้ถึงแก่กรรม (ผู้รับผลประโยชน์/ทายาท): {name}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <location filename="../src/welfare_desk/printing/monthly.py"/>
        <location filename="../src/welfare_desk/services/zone_report.py"/>
        <location filename="../src/welfare_desk/spreadsheets/monthly_sheet.py"/>
        <location filename="../src/welfare_desk/spreadsheets/report_sheets.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_member_tables.py"/>
        <source>Claims</source>
        <translation>จำนวนครั้ง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/home.py"/>
        <source>Claims waiting for a decision</source>
        <translation>คำร้องที่รอการพิจารณา</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/summary.py"/>
        <source>Claims waiting for a decision: {count}</source>
        <translation>คำร้องที่รอการพิจารณา: {count}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_regulation.py"/>
        <source>Clause</source>
        <translation>ข้อ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/settings_rule_version.py"/>
        <source>Clause (ข้อ) *</source>
        <translation>ข้อในระเบียบ *</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/import_members.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/member_page.py"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/books_close.py"/>
        <source>Close a fiscal year</source>
        <translation>ปิดปีบัญชี</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/books.py"/>
        <source>Close a fiscal year…</source>
        <translation>ปิดปีบัญชี…</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/books_close.py"/>
        <source>Close a month</source>
        <translation>ปิดงวดเดือน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/books.py"/>
        <source>Close a month…</source>
        <translation>ปิดงวดเดือน…</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/books_close.py"/>
        <source>Close the fiscal year</source>
        <translation>ปิดปีบัญชี</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/books_close.py"/>
        <source>Close the month</source>
        <translation>ปิดงวดเดือน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/books_close.py"/>
        <source>Close {period}? Nothing dated in it can be added or reversed until a second committee member reopens it.</source>
        <translation>ปิดงวด {period} หรือไม่ หลังปิดแล้วจะบันทึกหรือกลับรายการที่ลงวันที่ในงวดนี้ไม่ได้ จนกว่ากรรมการอีกคนหนึ่งจะเปิดงวดอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/books_close.py"/>
        <source>Closed by</source>
        <translation>ผู้ปิดงวด</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_books.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/books_close.py"/>
        <source>Closed {period}</source>
        <translation>ปิดงวด {period} แล้ว</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/books.py"/>
        <source>Closing a period needs the cash count of its last day</source>
        <translation>การปิดงวดต้องมียอดเงินที่ตรวจนับ ณ วันสุดท้ายของงวด</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/books_close.py"/>
        <source>Closing the fiscal year…</source>
        <translation>กำลังปิดปีบัญชี…</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/zone_report.py"/>
        <location filename="../src/welfare_desk/spreadsheets/report_sheets.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_tables.py"/>
        <location filename="../src/welfare_desk/ui/pages/settings_plans.py"/>
        <location filename="../src/welfare_desk/ui/zone/funds.py"/>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_plans.py"/>
        <source>Code *</source>
        <translation>รหัส *</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/cards.py"/>
        <source>Code {code}</source>
        <translation>รหัสกองทุน {code}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/dues.py"/>
        <location filename="../src/welfare_desk/ui/pages/dues_collection.py"/>
        <source>Collection day</source>
        <translation>วันเก็บเงินสัจจะ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/sync_sheets.py"/>
        <source>Committee member</source>
        <translation>กรรมการ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/first_run.py"/>
        <source>Committee members and the auditor are added later in Settings → Users.</source>
        <translation>กรรมการและผู้ตรวจสอบเพิ่มได้ภายหลังที่ ตั้งค่า → ผู้ใช้</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_zone.py"/>
        <source>Compare it with the fund's, then: zone confirm-fund {code} --fingerprint '...'. Until then its batches are kept aside.</source>
        <translation>เทียบกับลายนิ้วมือที่กองทุนแจ้ง แล้วสั่ง zone confirm-fund {code} --fingerprint '...' ระหว่างนี้ชุดข้อมูลของกองทุนจะถูกพักไว้ก่อน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/zone/confirm.py"/>
        <source>Confirm a fund's key</source>
        <translation>ยืนยันกุญแจของกองทุน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/zone/funds.py"/>
        <source>Confirm a fund's key…</source>
        <translation>ยืนยันกุญแจของกองทุน…</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/zone/confirm.py"/>
        <source>Confirm the key</source>
        <translation>ยืนยันกุญแจ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/zone/funds.py"/>
        <source>Confirming the key…</source>
        <translation>กำลังยืนยันกุญแจ…</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/receipts.py"/>
        <source>Copy</source>
        <translation>สำเนา</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/receipts.py"/>
        <source>Copy (reprint)</source>
        <translation>สำเนา (พิมพ์ซ้ำ)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/zone/funds.py"/>
        <source>Copying the batches…</source>
        <translation>กำลังคัดลอกชุดข้อมูล…</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/member_form.py"/>
        <source>Correct member {no}'s particulars</source>
        <translation>แก้ไขข้อมูลสมาชิกเลขที่ {no}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/member_page.py"/>
        <source>Correct particulars…</source>
        <translation>แก้ไขข้อมูล…</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/reports_member_tables.py"/>
        <source>Count</source>
        <translation>จำนวน</translation>
    </message>
    <message>
        <source>Count the cash in the box and read each bank book or statement for the last day. The period is closed only if every count agrees with the book; after that nothing dated in it can be added until a second committee member reopens it. A bank left empty is not checked.</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/books_close.py"/>
        <source>Count the cash in the box and read the bank statement of the last day. The period is closed only if every count agrees with the book; nothing dated in it can then be added until a second committee member reopens it. A bank account left empty is not checked.</source>
        <translation>ตรวจนับเงินสดคงเหลือ (เงินสดในมือ) และดูยอดในใบแจ้งยอดหรือสมุดบัญชีธนาคาร ณ วันสุดท้ายของงวด จะปิดงวดได้ก็ต่อเมื่อยอดที่นับได้ตรงกับยอดตามบัญชีทุกบัญชี หลังปิดแล้วจะบันทึกรายการที่ลงวันที่ในงวดนี้ไม่ได้ จนกว่ากรรมการอีกคนหนึ่งจะเปิดงวดอีกครั้ง บัญชีธนาคารที่เว้นว่างไว้จะไม่ถูกตรวจ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/books_close.py"/>
        <source>Counted / statement</source>
        <translation>ยอดที่นับได้ / ตามใบแจ้งยอด</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_admin.py"/>
        <source>Created a demo fund with {members} members and {events} events in {path}</source>
        <translation>สร้างกองทุนตัวอย่างที่มีสมาชิก {members} คน และ {events} รายการ ไว้ที่ {path} แล้ว</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_admin.py"/>
        <source>Created the fund {name} in {path}</source>
        <translation>สร้างกองทุน {name} ไว้ที่ {path} แล้ว</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/spreadsheets/report_sheets.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/books_entry.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/books_transfer.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_tables.py"/>
        <location filename="../src/welfare_desk/ui/pages/books.py"/>
        <source>Credit</source>
        <translation>เครดิต</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/settings_password.py"/>
        <source>Current password</source>
        <translation>รหัสผ่านปัจจุบัน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/first_run.py"/>
        <source>Database file</source>
        <translation>ไฟล์ฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/statement.py"/>
        <location filename="../src/welfare_desk/spreadsheets/report_sheets.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/member_page.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_tables.py"/>
        <location filename="../src/welfare_desk/ui/pages/books.py"/>
        <location filename="../src/welfare_desk/ui/pages/dues_quick.py"/>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/books_entry.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/books_transfer.py"/>
        <source>Date (B.E.) *</source>
        <translation>วันที่ (พ.ศ.) *</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/books_transfer.py"/>
        <source>Date of the reversal (B.E.) *</source>
        <translation>วันที่กลับรายการ (พ.ศ.) *</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/receipts.py"/>
        <location filename="../src/welfare_desk/printing/sync_sheets.py"/>
        <location filename="../src/welfare_desk/printing/voucher.py"/>
        <source>Date {date}</source>
        <translation>วันที่ {date}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/spreadsheets/report_sheets.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/books_entry.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/books_transfer.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_tables.py"/>
        <location filename="../src/welfare_desk/ui/pages/books.py"/>
        <source>Debit</source>
        <translation>เดบิต</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/books_entry.py"/>
        <source>Debit {debit} · Credit {credit} · Difference {difference}</source>
        <translation>เดบิต {debit} · เครดิต {credit} · ผลต่าง {difference}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/books_entry.py"/>
        <source>Debit: what the fund received or spent on (cash in, an expense). Credit: where it came from (cash out, an income). The two totals must be equal.</source>
        <translation>เดบิต: เงินที่กองทุนได้รับเข้าหรือนำไปใช้จ่าย (เงินสดเพิ่ม ค่าใช้จ่าย) เครดิต: ที่มาของเงิน (เงินสดลด รายรับ) ยอดรวมทั้งสองด้านต้องเท่ากัน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/claims.py"/>
        <source>Decide</source>
        <translation>พิจารณา</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/claim_decide.py"/>
        <source>Decide claim {number}</source>
        <translation>พิจารณาคำร้อง {number}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/claim_decide.py"/>
        <source>Decided on (B.E.) *</source>
        <translation>วันที่พิจารณา (พ.ศ.) *</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/sync_keys.py"/>
        <source>Delete the file</source>
        <translation>ลบไฟล์</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/sync_keys.py"/>
        <source>Delete {file}? Only if the sheet is printed: the recovery key cannot be shown again.</source>
        <translation>ลบไฟล์ {file} หรือไม่ ลบเมื่อพิมพ์ใบนี้แล้วเท่านั้น เพราะจะแสดงกุญแจกู้คืนอีกไม่ได้</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/spreadsheets/report_sheets.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/books_transfer.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_tables.py"/>
        <location filename="../src/welfare_desk/ui/pages/books.py"/>
        <source>Description</source>
        <translation>คำอธิบายรายการ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/books_entry.py"/>
        <source>Description *</source>
        <translation>คำอธิบายรายการ *</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/claim_file.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/member_page.py"/>
        <source>Details</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/claim_form.py"/>
        <source>Details: {text}</source>
        <translation>รายละเอียด: {text}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/members.py"/>
        <source>Died</source>
        <translation>เสียชีวิต</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/books_close.py"/>
        <source>Difference</source>
        <translation>ผลต่าง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_regulation.py"/>
        <source>Documents</source>
        <translation>เอกสารประกอบ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/settings_rule_version.py"/>
        <source>Documents (one a line)</source>
        <translation>เอกสารประกอบ (บรรทัดละหนึ่งรายการ)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/claim_form.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/claim_file.py"/>
        <source>Documents received</source>
        <translation>เอกสารที่ได้รับ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/sync_keys.py"/>
        <source>Done</source>
        <translation>เสร็จ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_member_tables.py"/>
        <source>Due this month</source>
        <translation>ถึงกำหนดเดือนนี้</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/report_text.py"/>
        <location filename="../src/welfare_desk/printing/statement.py"/>
        <location filename="../src/welfare_desk/ui/main_window.py"/>
        <location filename="../src/welfare_desk/ui/pages/dues.py"/>
        <source>Dues</source>
        <translation>เงินสัจจะ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/receipts.py"/>
        <source>Dues (a baht a day)</source>
        <translation>เงินสัจจะ (วันละบาท)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/receipts.py"/>
        <source>Dues (a baht a day) for {months}</source>
        <translation>เงินสัจจะ (วันละบาท) งวด {months}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/receipts.py"/>
        <source>Dues (a baht a day) for {months} (part)</source>
        <translation>เงินสัจจะ (วันละบาท) งวด {months} (ชำระบางส่วน)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/zone_report.py"/>
        <source>Dues and entry fees</source>
        <translation>เงินสัจจะและค่าสมัคร</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/statement.py"/>
        <location filename="../src/welfare_desk/spreadsheets/report_sheets.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/member_page.py"/>
        <source>Dues by month</source>
        <translation>การส่งเงินสัจจะรายเดือน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/report_text.py"/>
        <source>Dues paid</source>
        <translation>เงินสัจจะที่ส่งแล้ว</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/dues.py"/>
        <source>Dues paid since joining {paid} baht; overdue {overdue} baht ({missed} missed instalments); due this month {due} baht</source>
        <translation>ส่งแล้วตั้งแต่เป็นสมาชิก {paid} บาท ค้างส่ง {overdue} บาท (ขาดส่ง {missed} งวด) ถึงกำหนดส่งเดือนนี้ {due} บาท</translation>
    </message>
    <message>
        <source>Dues paid {paid} baht; overdue {overdue} baht ({missed} missed instalments); due this month {due} baht</source>
        <translation type="vanished">ส่งแล้ว {paid} บาท ค้างส่ง {overdue} บาท (ขาดส่ง {missed} งวด) ถึงกำหนดส่งเดือนนี้ {due} บาท</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/member_form.py"/>
        <source>Dues plan *</source>
        <translation>แบบการส่งเงินสัจจะ *</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings.py"/>
        <source>Dues plans</source>
        <translation>แบบการส่งเงินสัจจะ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/home.py"/>
        <source>Dues this month</source>
        <translation>เงินสัจจะเดือนนี้</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/benefit_rules.py"/>
        <source>Each benefit type code may appear only once</source>
        <translation>รหัสประเภทสวัสดิการแต่ละรหัสใช้ได้ครั้งเดียว</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_users.py"/>
        <source>Each person signs in with their own name, so the history shows who did what. A user cannot be removed; keep the password to yourself.</source>
        <translation>แต่ละคนเข้าใช้ด้วยชื่อของตนเอง ประวัติจึงบอกได้ว่าใครทำอะไร ผู้ใช้ลบออกไม่ได้ และโปรดเก็บรหัสผ่านไว้เป็นความลับ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/claim_form.py"/>
        <source>Eligibility under the fund's regulation</source>
        <translation>การตรวจสิทธิ์ตามระเบียบกองทุน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/claims_view.py"/>
        <location filename="../src/welfare_desk/printing/claim_form.py"/>
        <location filename="../src/welfare_desk/ui/claim_text.py"/>
        <source>Eligible: {amount} baht ({clause})</source>
        <translation>มีสิทธิ์: {amount} บาท ({clause})</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/report_text.py"/>
        <location filename="../src/welfare_desk/printing/receipts.py"/>
        <location filename="../src/welfare_desk/printing/statement.py"/>
        <source>Entry fee</source>
        <translation>ค่าสมัครสมาชิก</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/member_form.py"/>
        <source>Entry fee (baht)</source>
        <translation>ค่าสมัคร (บาท)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/books.py"/>
        <location filename="../src/welfare_desk/ui/pages/books.py"/>
        <source>Entry {number} belongs to a receipt or voucher; void that document instead</source>
        <translation>รายการบัญชีเลขที่ {number} มาจากใบเสร็จรับเงินหรือใบสำคัญจ่าย ให้ยกเลิกเอกสารนั้นแทน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/books.py"/>
        <source>Entry {number} is a reversal or is already reversed</source>
        <translation>รายการบัญชีเลขที่ {number} เป็นรายการที่กลับรายการ หรือถูกกลับรายการไปแล้ว</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/statement.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/member_page.py"/>
        <location filename="../src/welfare_desk/ui/pages/claims.py"/>
        <source>Event</source>
        <translation>วันที่เกิดเหตุ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/claim_file.py"/>
        <source>Event date (B.E.) *</source>
        <translation>วันที่เกิดเหตุ (พ.ศ.) *</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/zone.py"/>
        <location filename="../src/welfare_desk/ui/zone/funds.py"/>
        <source>Events</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_sync.py"/>
        <source>Events: {head}; acknowledged by the zone: {acked}; not yet acknowledged: {waiting}</source>
        <translation>รายการทั้งหมด: {head} โซนตอบรับแล้ว: {acked} ยังไม่ได้ตอบรับ: {waiting}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <source>Everyone in the register at the end of the year (every status)</source>
        <translation>สมาชิกในทะเบียนทั้งหมด ณ สิ้นปีบัญชี (ทุกสถานะ)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_admin.py"/>
        <source>Everything verifies ({events} events).</source>
        <translation>ตรวจสอบผ่านทั้งหมด ({events} รายการ)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/zone.py"/>
        <location filename="../src/welfare_desk/ui/tour.py"/>
        <source>Export</source>
        <translation>ส่งออก</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/zone.py"/>
        <location filename="../src/welfare_desk/ui/tour.py"/>
        <source>Export a batch</source>
        <translation>ส่งออกชุดข้อมูล</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/zone.py"/>
        <source>Export a batch…</source>
        <translation>ส่งออกชุดข้อมูล…</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/reports.py"/>
        <source>Export…</source>
        <translation>ส่งออก…</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/reports.py"/>
        <source>Export… saves this table to a file, as shown.</source>
        <translation>ปุ่ม “ส่งออก…” จะบันทึกตารางนี้เป็นไฟล์ตามที่เห็นบนจอ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_data.py"/>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/claim_file.py"/>
        <location filename="../src/welfare_desk/ui/pages/claims.py"/>
        <source>File a claim</source>
        <translation>ยื่นคำร้องขอรับสวัสดิการ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/claim_file.py"/>
        <source>File and assess</source>
        <translation>ยื่นคำร้องและตรวจสิทธิ์</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation type="vanished">วันที่ยื่น</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/claim_file.py"/>
        <source>Filed on (B.E.) *</source>
        <translation>วันที่ยื่น (พ.ศ.) *</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/claim_text.py"/>
        <source>Filed on {date}</source>
        <translation>ยื่นคำร้องวันที่ {date}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/eligibility.py"/>
        <source>Filed {days} days after the event, within the {limit} days allowed</source>
        <translation>ยื่นคำร้องหลังเกิดเหตุ {days} วัน อยู่ภายในกำหนด {limit} วัน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/eligibility.py"/>
        <source>Filed {days} days after the event; claims must be filed within {limit} days</source>
        <translation>ยื่นคำร้องหลังเกิดเหตุ {days} วัน เกินกำหนดที่ต้องยื่นภายใน {limit} วัน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/first_run.py"/>
        <location filename="../src/welfare_desk/ui/pages/settings_users.py"/>
        <location filename="../src/welfare_desk/ui/widgets/fields.py"/>
        <source>Fill in every field marked *</source>
        <translation>กรุณากรอกทุกช่องที่มีเครื่องหมาย *</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/settings_rule_version.py"/>
        <source>Filled in from the latest version: change what the amended regulation says. Claims for events from the effective date on are judged by this version; earlier events keep the earlier version.</source>
        <translation>กรอกไว้ให้จากฉบับล่าสุดแล้ว แก้ไขตามที่ระเบียบฉบับแก้ไขเพิ่มเติมกำหนด เหตุที่เกิดตั้งแต่วันเริ่มใช้บังคับจะพิจารณาตามฉบับนี้ เหตุที่เกิดก่อนหน้านั้นยังใช้ฉบับเดิม</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/reports_catalog.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_tables.py"/>
        <source>Financial position</source>
        <translation>งบแสดงฐานะการเงิน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/report_text.py"/>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_member_tables.py"/>
        <source>Financial position on {date}</source>
        <translation>งบแสดงฐานะการเงิน ณ วันที่ {date}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/sync_sheets.py"/>
        <source>Fingerprint (read it to the zone coordinator over the phone)</source>
        <translation>ลายนิ้วมือกุญแจ (อ่านให้ผู้ประสานงานโซนฟังทางโทรศัพท์)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_zone.py"/>
        <location filename="../src/welfare_desk/ui/zone/funds.py"/>
        <source>Fingerprint: {fingerprint}</source>
        <translation>ลายนิ้วมือกุญแจ: {fingerprint}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/first_run.py"/>
        <source>Finish</source>
        <translation>เสร็จสิ้น</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/books_close.py"/>
        <source>First day</source>
        <translation>วันแรก</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/spreadsheets/register_export.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/import_members.py"/>
        <source>First name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/member_form.py"/>
        <source>First name *</source>
        <translation>ชื่อ *</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/books_close.py"/>
        <source>Fiscal year</source>
        <translation>ปีบัญชี</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/reports_period.py"/>
        <source>Fiscal year (B.E.)</source>
        <translation>ปีบัญชี (พ.ศ.)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_fund.py"/>
        <source>Fiscal year starts</source>
        <translation>ปีบัญชีเริ่มวันที่</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/periods.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/books_close.py"/>
        <source>Fiscal year {year}</source>
        <translation>ปีบัญชี {year}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/books_common.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_period.py"/>
        <source>Fiscal year {year} ({first} to {last})</source>
        <translation>ปีบัญชี {year} ({first} ถึง {last})</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/voucher.py"/>
        <source>For member no. {no}</source>
        <translation>สำหรับสมาชิกเลขที่ {no}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/voucher.py"/>
        <source>For member no. {no}, {name}, who has died: paid to the beneficiary or heir</source>
        <translation>สวัสดิการของสมาชิกเลขที่ {no} {name} ผู้ถึงแก่กรรม จ่ายแก่ผู้รับผลประโยชน์/ทายาท</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_fund.py"/>
        <source>Founded (B.E.)</source>
        <translation>วันที่ก่อตั้ง (พ.ศ.)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/claim_decide.py"/>
        <source>From</source>
        <translation>จ่ายจาก</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/member_page.py"/>
        <source>From (B.E.)</source>
        <translation>ตั้งแต่วันที่ (พ.ศ.)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/reports_period.py"/>
        <source>From date</source>
        <translation>ตั้งแต่วันที่</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/import_members.py"/>
        <source>Full name (with title)</source>
        <translation>ชื่อ-สกุล (พร้อมคำนำหน้า)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/zone_report.py"/>
        <location filename="../src/welfare_desk/ui/zone/confirm.py"/>
        <location filename="../src/welfare_desk/ui/zone/funds.py"/>
        <source>Fund</source>
        <translation>กองทุน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings.py"/>
        <source>Fund and villages</source>
        <translation>กองทุนและหมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/report_text.py"/>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_tables.py"/>
        <source>Fund balance</source>
        <translation>เงินกองทุน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/sync_sheets.py"/>
        <source>Fund code</source>
        <translation>รหัสกองทุน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_fund.py"/>
        <source>Fund code (CODI)</source>
        <translation>รหัสกองทุน (พอช.)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/first_run.py"/>
        <source>Fund code (CODI) *</source>
        <translation>รหัสกองทุน (พอช.) *</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/sync_sheets.py"/>
        <source>Fund id</source>
        <translation>เลขอ้างอิงกองทุน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/zone/funds.py"/>
        <source>Fund key files (*.fund-key);;All files (*)</source>
        <translation>ไฟล์กุญแจของกองทุน (*.fund-key);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_sync.py"/>
        <source>Fund key: {key} (fingerprint {fingerprint})</source>
        <translation>กุญแจของกองทุน: {key} (ลายนิ้วมือ {fingerprint})</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/first_run.py"/>
        <location filename="../src/welfare_desk/ui/pages/settings_fund.py"/>
        <source>Fund name *</source>
        <translation>ชื่อกองทุน *</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_zone.py"/>
        <source>Fund {code} ({name}) registered with key {key}.</source>
        <translation>ลงทะเบียนกองทุน {code} ({name}) ด้วยกุญแจ {key} แล้ว</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/zone/funds.py"/>
        <source>Fund {code} ({name}) registered with key {key}. Call the fund: its treasurer reads the key fingerprint from the screen or the registration sheet. Type the digits you hear; until they match, the fund's batches are kept aside.</source>
        <translation>ลงทะเบียนกองทุน {code} ({name}) ด้วยกุญแจ {key} แล้ว โทรหากองทุน ให้เหรัญญิกอ่านลายนิ้วมือกุญแจจากหน้าจอหรือจากแบบลงทะเบียน แล้วพิมพ์ตัวเลขตามที่ได้ยิน ระหว่างที่ยังไม่ได้ยืนยัน ชุดข้อมูลของกองทุนจะถูกพักไว้ตรวจสอบ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/zone/outcomes.py"/>
        <source>Fund {code} is not registered with this zone: register its key file first (Register a fund…, Ctrl+R)</source>
        <translation>กองทุน {code} ยังไม่ได้ลงทะเบียนกับโซนนี้ ให้ลงทะเบียนไฟล์กุญแจของกองทุนก่อน (ลงทะเบียนกองทุน…, Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/sync/zone_sync.py"/>
        <source>Fund {code} is not registered with this zone: register its key file with 'zone register-fund' first</source>
        <translation>กองทุน {code} ยังไม่ได้ลงทะเบียนกับโซนนี้ ให้ลงทะเบียนไฟล์กุญแจของกองทุนด้วย 'zone register-fund' ก่อน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/zone.py"/>
        <source>Fund {fund} has no key {key}</source>
        <translation>กองทุน {fund} ไม่มีกุญแจ {key}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/zone/report.py"/>
        <source>Funds</source>
        <translation>กองทุน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/zone/window.py"/>
        <source>Funds and batches</source>
        <translation>กองทุนและชุดข้อมูล</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/zone_report.py"/>
        <source>Funds and member numbers</source>
        <translation>กองทุนและเลขที่สมาชิก</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/zone_report.py"/>
        <source>Funds of the zone</source>
        <translation>กองทุนในโซน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/import_members.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/member_form.py"/>
        <source>Gender</source>
        <translation>เพศ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_sync.py"/>
        <source>Give the zone this file: {path}</source>
        <translation>ส่งไฟล์นี้ให้โซน: {path}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_zone.py"/>
        <location filename="../src/welfare_desk/ui/zone/start.py"/>
        <source>Give the zone's database: --db ZONE.db or --zone-url URL</source>
        <translation>ระบุฐานข้อมูลของโซน: --db ไฟล์ฐานข้อมูล หรือ --zone-url ที่อยู่ฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/grants.py"/>
        <source>Government matching money via CODI needs its round number</source>
        <translation>เงินสมทบจากรัฐบาลผ่าน พอช. ต้องระบุรอบที่ได้รับ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/zone_report.py"/>
        <source>Grants and matching</source>
        <translation>เงินอุดหนุนและเงินสมทบ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/reports_member_tables.py"/>
        <source>Group</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/spreadsheets/register_export.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/member_form.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/member_page.py"/>
        <source>Groups</source>
        <translation>กลุ่ม</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/import_members.py"/>
        <source>Header found on row {row}. Check which column holds what, then check the rows; nothing is written until you press Import.</source>
        <translation>พบหัวตารางที่แถว {row} กรุณาตรวจว่าคอลัมน์ใดเก็บข้อมูลอะไร แล้วตรวจรายการที่ไม่ผ่าน ข้อมูลจะยังไม่ถูกบันทึกจนกว่าจะกด นำเข้า</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/zone/funds.py"/>
        <source>Held (waiting for missing events)</source>
        <translation>รอรายการที่ขาด</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/zone/outcomes.py"/>
        <source>Held: waiting for missing events</source>
        <translation>รอรายการที่ขาด</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/claims.py"/>
        <source>Help to a non-member needs the person's name and a reason</source>
        <translation>การช่วยเหลือผู้ที่ไม่ใช่สมาชิกต้องระบุชื่อผู้รับและเหตุผล</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/report_text.py"/>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <location filename="../src/welfare_desk/printing/monthly.py"/>
        <location filename="../src/welfare_desk/services/zone_report.py"/>
        <location filename="../src/welfare_desk/spreadsheets/monthly_sheet.py"/>
        <location filename="../src/welfare_desk/spreadsheets/report_sheets.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_member_tables.py"/>
        <source>Help to non-members</source>
        <translation>ช่วยเหลือผู้ที่ไม่ใช่สมาชิก</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/main_window.py"/>
        <source>Home</source>
        <translation>หน้าหลัก</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/spreadsheets/register_export.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/import_members.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/member_form.py"/>
        <source>House no.</source>
        <translation>บ้านเลขที่</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_plans.py"/>
        <source>How often</source>
        <translation>ส่งทุก</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/import_members.py"/>
        <source>Import</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/zone/funds.py"/>
        <source>Import batches…</source>
        <translation>นำเข้าชุดข้อมูล…</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/members.py"/>
        <source>Import from Excel…</source>
        <translation>นำเข้าจาก Excel…</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/import_members.py"/>
        <source>Import members from Excel</source>
        <translation>นำเข้าสมาชิกจาก Excel</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/zone/window.py"/>
        <source>Import the batches the funds bring on their flash drives; the acknowledgement for each fund is written beside its batch, to take back. A batch is taken only when it is whole, signed by the fund's confirmed key and continues what the zone holds.</source>
        <translation>นำเข้าชุดข้อมูลที่กองทุนนำมาในแฟลชไดรฟ์ ใบตอบรับของแต่ละกองทุนจะเขียนไว้ข้างชุดข้อมูลเพื่อนำกลับไปให้กองทุน โซนรับชุดข้อมูลเมื่อครบถ้วน ลงนามด้วยกุญแจที่ยืนยันแล้วของกองทุน และต่อจากข้อมูลที่โซนมีอยู่เท่านั้น</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/members.py"/>
        <source>In arrears only</source>
        <translation>เฉพาะผู้ค้างส่ง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_regulation.py"/>
        <source>In force from</source>
        <translation>ใช้บังคับตั้งแต่</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/settings_rule_version.py"/>
        <source>In force from (B.E.) *</source>
        <translation>ใช้บังคับตั้งแต่ (พ.ศ.) *</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/zone/report.py"/>
        <source>In several funds</source>
        <translation>เป็นสมาชิกหลายกองทุน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/dues_collection.py"/>
        <location filename="../src/welfare_desk/ui/pages/dues_quick.py"/>
        <source>Into</source>
        <translation>รับเข้า</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <location filename="../src/welfare_desk/printing/monthly.py"/>
        <location filename="../src/welfare_desk/printing/receipts.py"/>
        <location filename="../src/welfare_desk/printing/statement.py"/>
        <location filename="../src/welfare_desk/printing/voucher.py"/>
        <location filename="../src/welfare_desk/spreadsheets/monthly_sheet.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_member_tables.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_tables.py"/>
        <source>Item</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_zone.py"/>
        <source>Its fingerprint, for the funds to check: {fingerprint}</source>
        <translation>ลายนิ้วมือกุญแจของโซน ให้กองทุนใช้ตรวจสอบ: {fingerprint}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/sync_sheets.py"/>
        <source>Its public half (not secret): {recipient}</source>
        <translation>กุญแจสาธารณะที่คู่กัน (ไม่เป็นความลับ): {recipient}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/import_members.py"/>
        <source>Join date for rows without one</source>
        <translation>วันที่สมัครสำหรับแถวที่ไม่มี</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_members.py"/>
        <location filename="../src/welfare_desk/spreadsheets/register_export.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/import_members.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/member_page.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_member_tables.py"/>
        <location filename="../src/welfare_desk/ui/models/members.py"/>
        <source>Joined</source>
        <translation>วันที่สมัคร</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/member_form.py"/>
        <source>Joined (B.E.) *</source>
        <translation>วันที่สมัคร (พ.ศ.) *</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/spreadsheets/report_sheets.py"/>
        <location filename="../src/welfare_desk/ui/pages/books.py"/>
        <source>Journal</source>
        <translation>สมุดรายวันทั่วไป</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/zone.py"/>
        <location filename="../src/welfare_desk/ui/zone/confirm.py"/>
        <source>Key fingerprint</source>
        <translation>ลายนิ้วมือกุญแจ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/sync_sheets.py"/>
        <location filename="../src/welfare_desk/ui/zone/funds.py"/>
        <source>Key id</source>
        <translation>รหัสกุญแจ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/passphrase.py"/>
        <source>Key passphrase</source>
        <translation>รหัสผ่านกุญแจ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/zone/funds.py"/>
        <source>Key status</source>
        <translation>สถานะกุญแจ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_zone.py"/>
        <location filename="../src/welfare_desk/ui/zone/funds.py"/>
        <source>Key {key} of fund {code} is confirmed.</source>
        <translation>ยืนยันกุญแจ {key} ของกองทุน {code} แล้ว</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_zone.py"/>
        <location filename="../src/welfare_desk/ui/zone/funds.py"/>
        <source>Key {key} of fund {code} is revoked: batches signed with it are refused.</source>
        <translation>เพิกถอนกุญแจ {key} ของกองทุน {code} แล้ว ชุดข้อมูลที่ลงนามด้วยกุญแจนี้จะไม่ได้รับ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings.py"/>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_fund.py"/>
        <source>Lapse rule</source>
        <translation>เกณฑ์การขาดสมาชิกภาพ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/members.py"/>
        <source>Lapsed (missed instalments)</source>
        <translation>ขาดสมาชิกภาพ (ขาดส่งเงินสัจจะ)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/zone.py"/>
        <source>Last acknowledgement</source>
        <translation>ใบตอบรับล่าสุด</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/zone_report.py"/>
        <location filename="../src/welfare_desk/ui/pages/zone.py"/>
        <source>Last batch</source>
        <translation>ชุดข้อมูลล่าสุด</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/home.py"/>
        <source>Last batch to the zone</source>
        <translation>ชุดข้อมูลล่าสุดที่ส่งให้โซน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_sync.py"/>
        <source>Last batch: {name} on {date}</source>
        <translation>ชุดข้อมูลล่าสุด: {name} เมื่อ {date}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/books_close.py"/>
        <source>Last day</source>
        <translation>วันสุดท้าย</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/reports_period.py"/>
        <source>Last fiscal year</source>
        <translation>ปีบัญชีที่แล้ว</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/reports_period.py"/>
        <source>Last month</source>
        <translation>เดือนที่แล้ว</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/spreadsheets/register_export.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/import_members.py"/>
        <source>Last name</source>
        <translation>นามสกุล</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/member_form.py"/>
        <source>Last name *</source>
        <translation>นามสกุล *</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/report_text.py"/>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_tables.py"/>
        <source>Liabilities</source>
        <translation>หนี้สิน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/receipts.py"/>
        <source>Line</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/books_entry.py"/>
        <source>Line {line}: a line is either a debit or a credit</source>
        <translation>บรรทัดที่ {line}: ใส่ได้เฉพาะเดบิตหรือเครดิตอย่างใดอย่างหนึ่ง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/books_entry.py"/>
        <source>Line {line}: choose an account</source>
        <translation>บรรทัดที่ {line}: ยังไม่ได้เลือกบัญชี</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/books_entry.py"/>
        <source>Line {line}: the amount is not a number of baht</source>
        <translation>บรรทัดที่ {line}: จำนวนเงินไม่ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/cards.py"/>
        <source>MEMBER CARD</source>
        <translation>บัตรประจำตัวสมาชิก</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_data.py"/>
        <source>Made</source>
        <translation>วันที่สำรอง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/sync_setup.py"/>
        <source>Make a new signing key and recovery key (the zone must register the new key)</source>
        <translation>สร้างกุญแจลงนามและกุญแจกู้คืนใหม่ (โซนต้องลงทะเบียนกุญแจใหม่)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/zone.py"/>
        <source>Making the fund's keys…</source>
        <translation>กำลังสร้างกุญแจของกองทุน…</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_books.py"/>
        <source>Marked {count} members as matched for {year}</source>
        <translation>บันทึกว่าสมาชิก {count} คนได้รับเงินสมทบจากรัฐบาลผ่าน พอช. ของปี {year} แล้ว</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_member_tables.py"/>
        <source>Matching money via CODI, round {round}</source>
        <translation>เงินสมทบจากรัฐบาลผ่าน พอช. รอบที่ {round}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/settings_rule_version.py"/>
        <source>Maximum age</source>
        <translation>อายุสูงสุด</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_users.py"/>
        <source>May</source>
        <translation>หน้าที่</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/claim_decide.py"/>
        <source>Meeting</source>
        <translation>มติที่ประชุม</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/claim_form.py"/>
        <source>Meeting: {meeting}</source>
        <translation>มติที่ประชุม: {meeting}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_member_tables.py"/>
        <source>Meets the conditions</source>
        <translation>ผ่านเงื่อนไข</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/claims.py"/>
        <location filename="../src/welfare_desk/ui/pages/dues_quick.py"/>
        <source>Member</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/claim_file.py"/>
        <location filename="../src/welfare_desk/ui/pages/dues_quick.py"/>
        <source>Member *</source>
        <translation>สมาชิก *</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/cards.py"/>
        <source>Member cards</source>
        <translation>บัตรสมาชิก</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/settings_rule_version.py"/>
        <source>Member for (years)</source>
        <translation>เป็นสมาชิก (ปี)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_regulation.py"/>
        <source>Member groups</source>
        <translation>กลุ่มสมาชิก</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/settings_rule_version.py"/>
        <source>Member groups (any of)</source>
        <translation>กลุ่มสมาชิก (กลุ่มใดก็ได้)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_member_tables.py"/>
        <source>Member movements</source>
        <translation>ความเคลื่อนไหวของสมาชิก</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_members.py"/>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <location filename="../src/welfare_desk/spreadsheets/register_export.py"/>
        <location filename="../src/welfare_desk/spreadsheets/report_sheets.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/import_members.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_member_tables.py"/>
        <source>Member no.</source>
        <translation>เลขที่สมาชิก</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/cards.py"/>
        <source>Member no. {no}</source>
        <translation>สมาชิกเลขที่ {no}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/widgets/member_picker.py"/>
        <source>Member no., name or ID digits, then Enter</source>
        <translation>เลขที่สมาชิก ชื่อ หรือเลขประจำตัวประชาชน แล้วกด Enter</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/imports.py"/>
        <location filename="../src/welfare_desk/services/members.py"/>
        <source>Member number {no} is already taken</source>
        <translation>เลขที่สมาชิก {no} มีผู้ใช้แล้ว</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/spreadsheets/register_export.py"/>
        <source>Member register of {fund}, {date}</source>
        <translation>ทะเบียนสมาชิก {fund} ณ วันที่ {date}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/cards.py"/>
        <source>Member since {date}</source>
        <translation>เป็นสมาชิกตั้งแต่ {date}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/statement.py"/>
        <source>Member since {date}; status: {status}</source>
        <translation>เป็นสมาชิกตั้งแต่ {date} สถานะ: {status}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/statement.py"/>
        <source>Member statement</source>
        <translation>รายการเคลื่อนไหวของสมาชิก</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/member_page.py"/>
        <source>Member {no}</source>
        <translation>สมาชิกเลขที่ {no}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/members.py"/>
        <source>Member {no} already has the national ID {id}</source>
        <translation>สมาชิกเลขที่ {no} ใช้เลขประจำตัวประชาชน {id} อยู่แล้ว</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/dues_import.py"/>
        <source>Member {no} has another national ID in the fund</source>
        <translation>เลขบัตรประชาชนไม่ตรงกับของสมาชิกเลขที่ {no} ในทะเบียนของกองทุน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/matching.py"/>
        <source>Member {no} has been matched {times} times already</source>
        <translation>สมาชิกเลขที่ {no} ได้รับเงินสมทบจากรัฐบาลผ่าน พอช. แล้ว {times} ครั้ง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/dues_import.py"/>
        <source>Member {no} has been {status} since {date}</source>
        <translation>สมาชิกเลขที่ {no} มีสถานะ{status}ตั้งแต่วันที่ {date}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/matching.py"/>
        <source>Member {no} is already matched for {year}</source>
        <translation>สมาชิกเลขที่ {no} ได้รับเงินสมทบจากรัฐบาลผ่าน พอช. ของปี {year} แล้ว</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/dues_import.py"/>
        <source>Member {no} is also on row {row}</source>
        <translation>สมาชิกเลขที่ {no} มีอยู่แล้วในแถวที่ {row}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_members.py"/>
        <source>Member {no} is now {status}</source>
        <translation>สมาชิกเลขที่ {no} เปลี่ยนเป็นสถานะ {status} แล้ว</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/dues_import.py"/>
        <source>Member {no} is {name} in the fund, not {sheet_name}</source>
        <translation>สมาชิกเลขที่ {no} ในทะเบียนของกองทุนคือ {name} ไม่ใช่ {sheet_name}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/dues.py"/>
        <source>Member {no} is {status}; reinstate the member before taking dues</source>
        <translation>สมาชิกเลขที่ {no} มีสถานะ{status} ต้องคืนสภาพสมาชิกก่อนรับเงินสัจจะ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/dues_import.py"/>
        <source>Member {no} joined on {date}, after this month</source>
        <translation>สมาชิกเลขที่ {no} สมัครเมื่อวันที่ {date} ซึ่งหลังเดือนนี้</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/matching.py"/>
        <source>Member {no} joined on {joined}, less than a full year before {date}</source>
        <translation>สมาชิกเลขที่ {no} สมัครเมื่อ {joined} ยังไม่ครบหนึ่งปีเต็ม ณ วันที่ {date}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/payees.py"/>
        <source>Member {no} named no beneficiary: give the name of the heir the {benefit} benefit is paid to</source>
        <translation>สมาชิกเลขที่ {no} ไม่ได้ระบุผู้รับผลประโยชน์ไว้ กรุณาระบุชื่อทายาทผู้รับเงินสวัสดิการ{benefit}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_members.py"/>
        <source>Member {no} pays by plan {plan} from {month}</source>
        <translation>สมาชิกเลขที่ {no} ส่งเงินสัจจะแบบ {plan} ตั้งแต่ {month}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/matching.py"/>
        <source>Member {no} was not active on {date}</source>
        <translation>สมาชิกเลขที่ {no} ไม่ได้มีสถานะปกติ ณ วันที่ {date}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/claim_form.py"/>
        <source>Member: {name}, member no. {no}, Moo {moo} {village}, national ID {id}</source>
        <translation>สมาชิก: {name} สมาชิกเลขที่ {no} หมู่ที่ {moo} {village} เลขประจำตัวประชาชน {id}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/zone_report.py"/>
        <location filename="../src/welfare_desk/spreadsheets/register_export.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_member_tables.py"/>
        <location filename="../src/welfare_desk/ui/main_window.py"/>
        <location filename="../src/welfare_desk/ui/pages/home.py"/>
        <location filename="../src/welfare_desk/ui/pages/members.py"/>
        <source>Members</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <source>Members at the end of the year</source>
        <translation type="vanished">สมาชิก ณ สิ้นปีบัญชี</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/zone/report.py"/>
        <source>Members by category</source>
        <translation>สมาชิกแยกตามประเภท</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_member_tables.py"/>
        <source>Members by status</source>
        <translation>สมาชิกแยกตามสถานะ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/reports_catalog.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_member_tables.py"/>
        <source>Members by status, village, age and category</source>
        <translation>สมาชิกแยกตามสถานะ หมู่บ้าน อายุ และกลุ่ม</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <location filename="../src/welfare_desk/spreadsheets/report_sheets.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_catalog.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_member_tables.py"/>
        <location filename="../src/welfare_desk/ui/pages/home.py"/>
        <source>Members in arrears</source>
        <translation>สมาชิกที่ค้างส่ง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_plans.py"/>
        <source>Members on plan {code} will owe {amount} baht an instalment ({every}), past instalments included. Change it?</source>
        <translation>สมาชิกที่ใช้แบบ {code} จะต้องส่งงวดละ {amount} บาท ({every}) รวมถึงงวดที่ผ่านมาแล้วด้วย ต้องการแก้ไขหรือไม่</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/report_text.py"/>
        <source>Members on {date}</source>
        <translation>สมาชิก ณ วันที่ {date}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/settings_rule_version.py"/>
        <location filename="../src/welfare_desk/ui/pages/settings_regulation.py"/>
        <source>Members who may claim</source>
        <translation>สมาชิกที่มีสิทธิ์ขอรับ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/summary.py"/>
        <source>Members: {active} active of {total}</source>
        <translation>สมาชิกปกติ {active} คน จากทั้งหมด {total} คน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_regulation.py"/>
        <source>Membership</source>
        <translation>การเป็นสมาชิก</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/settings_rule_version.py"/>
        <source>Minimum age</source>
        <translation>อายุขั้นต่ำ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <location filename="../src/welfare_desk/spreadsheets/report_sheets.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_member_tables.py"/>
        <source>Missed instalments</source>
        <translation>จำนวนงวดที่ค้าง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/eligibility.py"/>
        <source>Missing documents: {missing}</source>
        <translation>เอกสารที่ยังขาด: {missing}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_member_tables.py"/>
        <source>Money by source</source>
        <translation>เงินกองทุนแยกตามแหล่งที่มา</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/report_text.py"/>
        <source>Money by source this year / since the start</source>
        <translation>เงินแยกตามแหล่งที่มา ปีนี้ / ตั้งแต่เริ่มกองทุน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/home.py"/>
        <source>Money in and out by month (baht)</source>
        <translation>รายรับและรายจ่ายรายเดือน (บาท)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/books_close.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_period.py"/>
        <location filename="../src/welfare_desk/ui/pages/books.py"/>
        <source>Month</source>
        <translation>เดือน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/reports_period.py"/>
        <source>Month of {month}</source>
        <translation>ประจำเดือน {month}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/periods.py"/>
        <source>Month {month}</source>
        <translation>ประจำเดือน {month}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/monthly.py"/>
        <location filename="../src/welfare_desk/spreadsheets/monthly_sheet.py"/>
        <source>Monthly financial report, {month}</source>
        <translation>รายงานการเงินประจำเดือน {month}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/reports_catalog.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_member_tables.py"/>
        <source>Monthly report</source>
        <translation>รายงานประจำเดือน</translation>
    </message>
    <message>
        <source>Monthly report for {month}</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/monthly.py"/>
        <location filename="../src/welfare_desk/spreadsheets/monthly_sheet.py"/>
        <source>Monthly report {month}</source>
        <translation>รายงานประจำเดือน {month}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_fund.py"/>
        <source>Moo</source>
        <translation>หมู่ที่</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_fund.py"/>
        <source>Moo </source>
        <translation>หมู่ที่ </translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/cards.py"/>
        <location filename="../src/welfare_desk/ui/widgets/member_picker.py"/>
        <source>Moo {moo}</source>
        <translation>หมู่ที่ {moo}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/member_form.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_member_tables.py"/>
        <location filename="../src/welfare_desk/ui/pages/dues_collection.py"/>
        <location filename="../src/welfare_desk/ui/pages/members.py"/>
        <source>Moo {moo} {name}</source>
        <translation>หมู่ที่ {moo} {name}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/settings_rule_version.py"/>
        <location filename="../src/welfare_desk/ui/pages/settings_regulation.py"/>
        <source>Most claims a year</source>
        <translation>ขอรับได้มากที่สุดต่อปี (ครั้ง)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/settings_rule_version.py"/>
        <location filename="../src/welfare_desk/ui/pages/settings_regulation.py"/>
        <source>Most claims in a lifetime</source>
        <translation>ขอรับได้มากที่สุดตลอดชีวิต (ครั้ง)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/settings_rule_version.py"/>
        <source>Most nights a claim</source>
        <translation>จำนวนคืนสูงสุดต่อครั้ง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_members.py"/>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <location filename="../src/welfare_desk/spreadsheets/report_sheets.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/member_form.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_member_tables.py"/>
        <location filename="../src/welfare_desk/ui/models/members.py"/>
        <location filename="../src/welfare_desk/ui/pages/dues_collection.py"/>
        <location filename="../src/welfare_desk/ui/pages/settings_users.py"/>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_users.py"/>
        <source>Name shown *</source>
        <translation>ชื่อที่แสดง *</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/zone_report.py"/>
        <source>Names</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_members.py"/>
        <location filename="../src/welfare_desk/services/zone_report.py"/>
        <location filename="../src/welfare_desk/spreadsheets/register_export.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/import_members.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/member_form.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/member_page.py"/>
        <location filename="../src/welfare_desk/ui/models/members.py"/>
        <source>National ID</source>
        <translation>เลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/zone/report.py"/>
        <source>National IDs are masked. The warning signs are for a conversation with the fund, not a verdict.</source>
        <translation>เลขประจำตัวประชาชนถูกปิดบางส่วน สัญญาณเตือนมีไว้เพื่อพูดคุยกับกองทุน ไม่ใช่คำตัดสิน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/widgets/fields.py"/>
        <source>Needed</source>
        <translation>ต้องกรอก</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/books.py"/>
        <source>New entry</source>
        <translation>บันทึกรายการใหม่</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/books_entry.py"/>
        <source>New journal entry</source>
        <translation>บันทึกรายการบัญชีใหม่</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/sync_setup.py"/>
        <source>New key passphrase</source>
        <translation>รหัสผ่านกุญแจใหม่</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/member_form.py"/>
        <location filename="../src/welfare_desk/ui/pages/members.py"/>
        <source>New member</source>
        <translation>สมัครสมาชิกใหม่</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <location filename="../src/welfare_desk/printing/monthly.py"/>
        <location filename="../src/welfare_desk/spreadsheets/monthly_sheet.py"/>
        <source>New members</source>
        <translation>สมาชิกใหม่</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/settings_password.py"/>
        <source>New password *</source>
        <translation>รหัสผ่านใหม่ *</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/settings_password.py"/>
        <source>New password again *</source>
        <translation>ยืนยันรหัสผ่านใหม่ *</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/member_page.py"/>
        <source>New status</source>
        <translation>สถานะใหม่</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_regulation.py"/>
        <source>New version…</source>
        <translation>เพิ่มฉบับแก้ไข…</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/first_run.py"/>
        <source>Next &gt;</source>
        <translation>ถัดไป &gt;</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/claim_file.py"/>
        <source>Nights in hospital</source>
        <translation>จำนวนคืนที่นอนโรงพยาบาล</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/claim_form.py"/>
        <source>Nights in hospital: {n}</source>
        <translation>จำนวนคืนที่นอนโรงพยาบาล: {n}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/zone/funds.py"/>
        <source>No acknowledgement was written: no batch was taken.</source>
        <translation>ไม่ได้เขียนใบตอบรับ เพราะไม่ได้รับชุดข้อมูลใดเลย</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_zone.py"/>
        <location filename="../src/welfare_desk/sync/recover.py"/>
        <location filename="../src/welfare_desk/ui/zone/funds.py"/>
        <source>No batch folder was found there</source>
        <translation>ไม่พบโฟลเดอร์ชุดข้อมูลที่ระบุ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/books.py"/>
        <source>No closed period starts on {date}</source>
        <translation>ไม่มีงวดที่ปิดแล้วซึ่งเริ่มวันที่ {date}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/spreadsheets/dues_import.py"/>
        <source>No header row with a member column (เลขที่สมาชิก, ชื่อ-สกุล or เลขบัตรประชาชน) and month columns (ต.ค. 66 ...) was found in {path}</source>
        <translation>ไม่พบแถวหัวตารางที่มีคอลัมน์สมาชิก (เลขที่สมาชิก ชื่อ-สกุล หรือเลขบัตรประชาชน) และคอลัมน์เดือน (ต.ค. 66 ...) ในไฟล์ {path}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/spreadsheets/register_import.py"/>
        <source>No header row with column names such as ชื่อ-สกุล, เลขบัตรประชาชน, หมู่ was found in {path}</source>
        <translation>ไม่พบแถวหัวตารางที่มีชื่อคอลัมน์ เช่น ชื่อ-สกุล เลขบัตรประชาชน หมู่ ในไฟล์ {path}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/zone.py"/>
        <source>No key of fund {fund} waiting for confirmation has the fingerprint {fingerprint}; check it with the fund</source>
        <translation>ไม่มีกุญแจของกองทุน {fund} ที่รอการยืนยันและมีลายนิ้วมือ {fingerprint} โปรดตรวจสอบกับกองทุนอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_members.py"/>
        <source>No member is due to lapse on {date}</source>
        <translation>ไม่มีสมาชิกที่ครบกำหนดขาดสมาชิกภาพ ณ วันที่ {date}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_members.py"/>
        <source>No member matches '{text}'</source>
        <translation>ไม่พบสมาชิกที่ตรงกับ '{text}'</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/dues_import.py"/>
        <source>No member of the fund has the national ID {id}</source>
        <translation>ไม่มีสมาชิกของกองทุนที่ใช้เลขบัตรประชาชน {id}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/dues_import.py"/>
        <source>No member of the fund is called {name}</source>
        <translation>ไม่มีสมาชิกของกองทุนชื่อ {name}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/books_close.py"/>
        <source>No period is closed</source>
        <translation>ยังไม่มีงวดที่ปิด</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/eligibility.py"/>
        <source>No rule for benefit {benefit} was in force on the event date</source>
        <translation>ไม่มีระเบียบสวัสดิการ{benefit}ที่ใช้บังคับในวันที่เกิดเหตุ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/models/members.py"/>
        <location filename="../src/welfare_desk/ui/pages/dues_collection.py"/>
        <source>No.</source>
        <translation>เลขที่</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/voucher.py"/>
        <source>No. {number}</source>
        <translation>เลขที่ {number}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/claim_form.py"/>
        <source>Not approved, because {reason}</source>
        <translation>ไม่อนุมัติ เนื่องจาก {reason}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/errors.py"/>
        <source>Not done</source>
        <translation>ทำรายการไม่ได้</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/claims_view.py"/>
        <location filename="../src/welfare_desk/printing/claim_form.py"/>
        <location filename="../src/welfare_desk/ui/claim_text.py"/>
        <source>Not eligible under the regulation</source>
        <translation>ไม่มีสิทธิ์ตามระเบียบ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/spreadsheets/report_sheets.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/member_page.py"/>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/zone/funds.py"/>
        <source>Nothing imported yet.</source>
        <translation>ยังไม่ได้นำเข้าชุดข้อมูล</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_sheets.py"/>
        <source>Nothing imported; {bad} problems ({paid} of them months the fund has already); header on row {header}</source>
        <translation>ไม่ได้นำเข้ารายการใดเลย มีปัญหา {bad} รายการ (ในจำนวนนี้เป็นเดือนที่กองทุนบันทึกไว้แล้ว {paid} รายการ) หัวตารางอยู่แถวที่ {header}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_sync.py"/>
        <location filename="../src/welfare_desk/ui/pages/zone.py"/>
        <source>Nothing new in this acknowledgement (the zone holds events up to {seq}).</source>
        <translation>ใบตอบรับนี้ไม่มีอะไรใหม่ (โซนมีข้อมูลถึงรายการที่ {seq})</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_sync.py"/>
        <location filename="../src/welfare_desk/ui/pages/zone.py"/>
        <source>Nothing new: the zone has acknowledged every event.</source>
        <translation>ไม่มีข้อมูลใหม่ โซนตอบรับครบทุกรายการแล้ว</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/members.py"/>
        <source>Nothing was changed</source>
        <translation>ไม่มีข้อมูลที่เปลี่ยนแปลง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/errors.py"/>
        <source>Nothing was changed.</source>
        <translation>ข้อมูลไม่มีการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/spreadsheets/report_sheets.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_tables.py"/>
        <location filename="../src/welfare_desk/ui/pages/books.py"/>
        <source>Number</source>
        <translation>เลขที่</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/widgets/forms.py"/>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/zone.py"/>
        <source>Once a month, or as the zone asks: export a batch to a USB flash drive and take it to the zone coordinator; the zone's acknowledgement comes back on the drive.</source>
        <translation>เดือนละครั้ง หรือตามที่โซนกำหนด: ส่งออกชุดข้อมูลลงแฟลชไดรฟ์ แล้วนำไปให้ผู้ประสานงานโซน ใบตอบรับของโซนจะกลับมาในแฟลชไดรฟ์</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_sheets.py"/>
        <source>One receipt for each month paid, dated the first day of that month (or the day the member joined, if later that month) unless --date is given. Months already paid, still to come or in closed periods are reported and left out.</source>
        <translation>ออกใบเสร็จหนึ่งใบต่อหนึ่งเดือนที่ส่ง ลงวันที่วันแรกของเดือนนั้น (หรือวันที่สมัคร หากสมาชิกสมัครหลังวันแรกของเดือน) เว้นแต่จะระบุ --date ส่วนเดือนที่ส่งแล้ว เดือนที่ยังมาไม่ถึง และเดือนในงวดที่ปิดบัญชีแล้ว จะแจ้งไว้และไม่นำเข้า</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_regulation.py"/>
        <source>Only</source>
        <translation>เฉพาะ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/settings_rule_version.py"/>
        <source>Only for</source>
        <translation>เฉพาะเพศ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/eligibility.py"/>
        <source>Only {days} days a member on the event date; the waiting period is {required} days</source>
        <translation>เป็นสมาชิกเพียง {days} วัน ณ วันที่เกิดเหตุ แต่ต้องรอสิทธิ์ {required} วัน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/eligibility.py"/>
        <source>Only {years} full years of membership; this benefit needs {required}</source>
        <translation>เป็นสมาชิกครบ {years} ปีเท่านั้น แต่สวัสดิการนี้ต้องเป็นสมาชิก {required} ปี</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/members.py"/>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/first_run.py"/>
        <source>Open an existing database file</source>
        <translation>เปิดไฟล์ฐานข้อมูลที่มีอยู่แล้ว</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/books.py"/>
        <source>Open for entries</source>
        <translation>งวดนี้ยังเปิดบันทึกได้</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_data.py"/>
        <source>Open the data folder</source>
        <translation>เปิดโฟลเดอร์ข้อมูล</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/sync_keys.py"/>
        <source>Open the recovery key sheet</source>
        <translation>เปิดใบกุญแจกู้คืน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/sync_keys.py"/>
        <source>Open the registration sheet</source>
        <translation>เปิดแบบลงทะเบียน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/receipts.py"/>
        <source>Original</source>
        <translation>ต้นฉบับ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/zone_report.py"/>
        <source>Other income</source>
        <translation>รายรับอื่น</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/report_text.py"/>
        <location filename="../src/welfare_desk/printing/monthly.py"/>
        <location filename="../src/welfare_desk/spreadsheets/monthly_sheet.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_member_tables.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_tables.py"/>
        <source>Other movements (investments, amounts held)</source>
        <translation>รายการเคลื่อนไหวอื่น (เงินลงทุน เงินรับฝาก)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_member_tables.py"/>
        <source>Overdue</source>
        <translation>ยอดค้างส่ง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/spreadsheets/report_sheets.py"/>
        <source>Owed</source>
        <translation>ยอดค้าง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/dues_collection.py"/>
        <source>Owed before</source>
        <translation>ค้างส่งก่อนหน้า</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/voucher.py"/>
        <source>PAYMENT VOUCHER</source>
        <translation>ใบสำคัญจ่าย</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/dues_collection.py"/>
        <source>Paid</source>
        <translation>ส่งแล้ว</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_books.py"/>
        <source>Paid claim {claim} with voucher {voucher}</source>
        <translation>จ่ายเงินตามคำร้องเลขที่ {claim} ด้วยใบสำคัญจ่ายเลขที่ {voucher} แล้ว</translation>
    </message>
    <message>
        <source>Paid on (B.E.)</source>
        <translation type="vanished">วันที่รับเงิน (พ.ศ.)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/claim_decide.py"/>
        <source>Paid on (B.E.) *</source>
        <translation>วันที่จ่าย (พ.ศ.) *</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/claim_text.py"/>
        <source>Paid on {date}, voucher {voucher}</source>
        <translation>จ่ายเมื่อ {date} ใบสำคัญจ่ายเลขที่ {voucher}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/reports_tables.py"/>
        <location filename="../src/welfare_desk/ui/pages/books.py"/>
        <source>Paid out</source>
        <translation>จ่าย</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/claim_decide.py"/>
        <source>Paid to *</source>
        <translation>จ่ายให้ *</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/claim_decide.py"/>
        <source>Paid to the beneficiary of {member}: {name} ({relation})</source>
        <translation>จ่ายแก่ผู้รับผลประโยชน์ของ{member}: {name} ({relation})</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/voucher.py"/>
        <source>Paid to {name}</source>
        <translation>จ่ายให้ {name}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/voucher.py"/>
        <source>Paid to {name} ({relation})</source>
        <translation>จ่ายให้ {name} ({relation})</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <location filename="../src/welfare_desk/spreadsheets/report_sheets.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_member_tables.py"/>
        <source>Paid up to</source>
        <translation>ส่งถึงเดือน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_books.py"/>
        <source>Paid with voucher {voucher}</source>
        <translation>จ่ายด้วยใบสำคัญจ่ายเลขที่ {voucher}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/claim_decide.py"/>
        <source>Paid {amount} baht with voucher {voucher}</source>
        <translation>จ่ายเงิน {amount} บาท ใบสำคัญจ่ายเลขที่ {voucher}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/eligibility.py"/>
        <source>Paid {count} times before; at most {limit} in a lifetime</source>
        <translation>เคยได้รับแล้ว {count} ครั้ง ตลอดชีวิตได้ไม่เกิน {limit} ครั้ง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/eligibility.py"/>
        <source>Paid {count} times in this fiscal year; at most {limit} a year</source>
        <translation>ได้รับแล้ว {count} ครั้งในปีบัญชีนี้ ปีละไม่เกิน {limit} ครั้ง</translation>
    </message>
    <message>
        <source>Paid {paid} baht, owed {owed} baht, missed instalments: {missed}</source>
        <translation type="vanished">ชำระแล้ว {paid} บาท ค้างชำระ {owed} บาท งวดที่ขาดส่ง: {missed}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/zone/funds.py"/>
        <source>Pass up…</source>
        <translation>ส่งต่อให้จังหวัด…</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/context.py"/>
        <source>Passphrase: </source>
        <translation>รหัสผ่านกุญแจ: </translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/login.py"/>
        <source>Password</source>
        <translation>รหัสผ่าน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/first_run.py"/>
        <location filename="../src/welfare_desk/ui/pages/settings_users.py"/>
        <source>Password *</source>
        <translation>รหัสผ่าน *</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/first_run.py"/>
        <location filename="../src/welfare_desk/ui/pages/settings_users.py"/>
        <source>Password again *</source>
        <translation>ยืนยันรหัสผ่าน *</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/settings_password.py"/>
        <source>Password of {name}</source>
        <translation>รหัสผ่านของ {name}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/context.py"/>
        <source>Password: </source>
        <translation>รหัสผ่าน: </translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/claims.py"/>
        <source>Pay</source>
        <translation>จ่ายเงิน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/claim_decide.py"/>
        <source>Pay and write the voucher</source>
        <translation>จ่ายเงินและออกใบสำคัญจ่าย</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/claim_decide.py"/>
        <source>Pay claim {number}</source>
        <translation>จ่ายเงินตามคำร้อง {number}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/claim_decide.py"/>
        <source>Payee's national ID</source>
        <translation>เลขประจำตัวประชาชนของผู้รับเงิน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/voucher.py"/>
        <source>Payer (treasurer)</source>
        <translation>ผู้จ่ายเงิน (เหรัญญิก)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/claim_amounts.py"/>
        <source>Paying the {requested} baht requested; the rule allows {allowed}</source>
        <translation>จ่ายตามที่ขอ {requested} บาท ระเบียบให้ได้ {allowed} บาท</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/voucher.py"/>
        <source>Payment voucher {number}</source>
        <translation>ใบสำคัญจ่าย {number}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/report_text.py"/>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_member_tables.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_tables.py"/>
        <source>Payments</source>
        <translation>รายจ่าย</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <location filename="../src/welfare_desk/printing/monthly.py"/>
        <location filename="../src/welfare_desk/spreadsheets/monthly_sheet.py"/>
        <location filename="../src/welfare_desk/spreadsheets/report_sheets.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_member_tables.py"/>
        <source>People</source>
        <translation>จำนวนคน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/books_close.py"/>
        <source>Period</source>
        <translation>งวด</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/spreadsheets/register_export.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/import_members.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/member_form.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/member_page.py"/>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/models/members.py"/>
        <source>Plan</source>
        <translation>แบบการส่ง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_plans.py"/>
        <source>Plan name</source>
        <translation>ชื่อแบบการส่ง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_plans.py"/>
        <source>Plan name *</source>
        <translation>ชื่อแบบการส่ง *</translation>
    </message>
    <message>
        <source>Plan {plan} ({amount} baht per instalment). Paid through {through}; owes {owed} baht ({missed} missed).</source>
        <translation type="vanished">ส่งแบบ{plan} (งวดละ {amount} บาท) ส่งถึงเดือน {through} ค้างส่ง {owed} บาท (ขาด {missed} งวด)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/dues_quick.py"/>
        <source>Plan {plan} ({amount} baht per instalment). Paid through {through}; {missed} missed instalments ({overdue} baht overdue), {due} baht due this month.</source>
        <translation>ส่งแบบ{plan} (งวดละ {amount} บาท) ส่งถึงเดือน {through} ขาดส่ง {missed} งวด (ค้างส่ง {overdue} บาท) ถึงกำหนดส่งเดือนนี้ {due} บาท</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/books_entry.py"/>
        <source>Post the entry</source>
        <translation>บันทึกรายการ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/books_transfer.py"/>
        <source>Post the reversal</source>
        <translation>บันทึกกลับรายการ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/books_transfer.py"/>
        <source>Post the transfer</source>
        <translation>บันทึกการโอน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_books.py"/>
        <source>Posted entry {number}</source>
        <translation>บันทึกรายการบัญชีเลขที่ {number} แล้ว</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_books.py"/>
        <location filename="../src/welfare_desk/ui/pages/books.py"/>
        <source>Posted reversal {number}</source>
        <translation>บันทึกการกลับรายการเลขที่ {number} แล้ว</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/zone.py"/>
        <location filename="../src/welfare_desk/ui/printouts.py"/>
        <location filename="../src/welfare_desk/ui/zone/report.py"/>
        <source>Preparing the paper…</source>
        <translation>กำลังจัดทำเอกสาร…</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/reports.py"/>
        <location filename="../src/welfare_desk/ui/zone/report.py"/>
        <source>Preparing the report…</source>
        <translation>กำลังจัดทำรายงาน…</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/reports.py"/>
        <location filename="../src/welfare_desk/ui/zone/report.py"/>
        <source>Print (PDF)…</source>
        <translation>พิมพ์ (PDF)…</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/members.py"/>
        <source>Print cards of the members shown</source>
        <translation>พิมพ์บัตรของสมาชิกที่แสดงอยู่</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/member_page.py"/>
        <source>Print the card</source>
        <translation>พิมพ์บัตรสมาชิก</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/claims.py"/>
        <source>Print the claim form</source>
        <translation>พิมพ์แบบคำร้อง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/dues_quick.py"/>
        <source>Print the receipt</source>
        <translation>พิมพ์ใบเสร็จ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/zone.py"/>
        <source>Print the registration sheet</source>
        <translation>พิมพ์แบบลงทะเบียน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/member_page.py"/>
        <source>Print the statement</source>
        <translation>พิมพ์รายการเคลื่อนไหว</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/claims.py"/>
        <source>Print the voucher</source>
        <translation>พิมพ์ใบสำคัญจ่าย</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_admin.py"/>
        <source>Problems were found. Keep this output and restore a backup or ask for help.</source>
        <translation>พบปัญหา กรุณาเก็บข้อความนี้ไว้ แล้วกู้คืนข้อมูลจากไฟล์สำรองหรือขอความช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/first_run.py"/>
        <location filename="../src/welfare_desk/ui/pages/settings_fund.py"/>
        <source>Province *</source>
        <translation>จังหวัด *</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/sync_sheets.py"/>
        <source>Public key</source>
        <translation>กุญแจสาธารณะ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/books_transfer.py"/>
        <source>Put the money into *</source>
        <translation>โอนเข้า *</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/zone/funds.py"/>
        <location filename="../src/welfare_desk/ui/zone/outcomes.py"/>
        <source>Quarantined</source>
        <translation>พักไว้ตรวจสอบ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/reports_period.py"/>
        <source>Quick choice…</source>
        <translation>เลือกช่วงด่วน…</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/receipts.py"/>
        <source>RECEIPT</source>
        <translation>ใบเสร็จรับเงิน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/zone/outcomes.py"/>
        <source>REFUSED</source>
        <translation>ไม่รับ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_zone.py"/>
        <source>REFUSED: {reason}. The zone's data did not change.</source>
        <translation>ไม่รับชุดข้อมูลนี้: {reason} ข้อมูลของโซนไม่มีการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/sync_keys.py"/>
        <source>Read these digits to the zone coordinator over the phone. The zone confirms the fund's key only when the digits the coordinator types are the same.</source>
        <translation>อ่านตัวเลขชุดนี้ให้ผู้ประสานงานโซนฟังทางโทรศัพท์ โซนจะยืนยันกุญแจของกองทุนเมื่อตัวเลขที่ผู้ประสานงานโซนพิมพ์ตรงกันเท่านั้น</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_sync.py"/>
        <source>Read this fingerprint to the zone coordinator: {fingerprint}</source>
        <translation>อ่านลายนิ้วมือกุญแจนี้ให้ผู้ประสานงานโซน: {fingerprint}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/books.py"/>
        <location filename="../src/welfare_desk/ui/pages/home.py"/>
        <source>Reading the books…</source>
        <translation>กำลังอ่านข้อมูลบัญชี…</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/members.py"/>
        <source>Reading the register…</source>
        <translation>กำลังอ่านทะเบียนสมาชิก…</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/zone.py"/>
        <location filename="../src/welfare_desk/ui/zone/funds.py"/>
        <source>Reading…</source>
        <translation>กำลังอ่าน…</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/sync_keys.py"/>
        <source>Ready to send to zone {zone}</source>
        <translation>พร้อมส่งข้อมูลให้โซน {zone}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_sheets.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/claim_decide.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/import_members.py"/>
        <location filename="../src/welfare_desk/ui/zone/funds.py"/>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/books_close.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/books_transfer.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/member_page.py"/>
        <location filename="../src/welfare_desk/ui/pages/dues_void.py"/>
        <source>Reason *</source>
        <translation>เหตุผล *</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/statement.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/member_page.py"/>
        <location filename="../src/welfare_desk/ui/pages/dues_quick.py"/>
        <source>Receipt</source>
        <translation>ใบเสร็จ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/dues_void.py"/>
        <source>Receipt (book/number) *</source>
        <translation>ใบเสร็จ (เล่มที่/เลขที่) *</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_fund.py"/>
        <source>Receipt books</source>
        <translation>เล่มใบเสร็จรับเงิน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/dues.py"/>
        <source>Receipt {number} is already void</source>
        <translation>ใบเสร็จรับเงินเลขที่ {number} ถูกยกเลิกไปแล้ว</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_members.py"/>
        <source>Receipt {number} is void; its number stays in the book</source>
        <translation>ยกเลิกใบเสร็จรับเงินเลขที่ {number} แล้ว เลขที่นี้ยังคงอยู่ในเล่ม</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/dues_void.py"/>
        <source>Receipt {number} is void; its number stays in the book.</source>
        <translation>ยกเลิกใบเสร็จ {number} แล้ว เลขที่ใบเสร็จยังคงอยู่ในเล่ม</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/dues_quick.py"/>
        <source>Receipt {number}: {amount} baht from {name}</source>
        <translation>ใบเสร็จเลขที่ {number}: {amount} บาท จาก {name}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/report_text.py"/>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <location filename="../src/welfare_desk/printing/receipts.py"/>
        <location filename="../src/welfare_desk/printing/statement.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_member_tables.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_tables.py"/>
        <source>Receipts</source>
        <translation>รายรับ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_catalog.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_tables.py"/>
        <source>Receipts and payments</source>
        <translation>งบรายรับ-รายจ่าย</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/report_text.py"/>
        <source>Receipts and payments {first} to {last}</source>
        <translation>งบรายรับ-รายจ่าย ตั้งแต่ {first} ถึง {last}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/member_page.py"/>
        <source>Receipts issued</source>
        <translation>ใบเสร็จที่ออกให้</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/dues_quick.py"/>
        <source>Receipts issued here since the app started</source>
        <translation>ใบเสร็จที่ออกจากหน้านี้ตั้งแต่เปิดโปรแกรม</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_tables.py"/>
        <source>Receipts over (under) payments</source>
        <translation>รายรับสูง(ต่ำ)กว่ารายจ่าย</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/reports_tables.py"/>
        <location filename="../src/welfare_desk/ui/pages/books.py"/>
        <source>Received</source>
        <translation>รับ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/receipts.py"/>
        <source>Received from {name}</source>
        <translation>ได้รับเงินจาก {name}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/receipts.py"/>
        <source>Received from {name} (member no. {no})</source>
        <translation>ได้รับเงินจาก {name} (สมาชิกเลขที่ {no})</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/dues_collection.py"/>
        <source>Received on (B.E.)</source>
        <translation>วันที่รับเงิน (พ.ศ.)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/dues_quick.py"/>
        <source>Received on (B.E.) *</source>
        <translation>วันที่รับเงิน (พ.ศ.) *</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/voucher.py"/>
        <source>Receiver</source>
        <translation>ผู้รับเงิน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/voucher.py"/>
        <source>Receiver (beneficiary or heir)</source>
        <translation>ผู้รับเงิน (ผู้รับผลประโยชน์/ทายาท)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/receipts.py"/>
        <source>Receiver (treasurer)</source>
        <translation>ผู้รับเงิน (เหรัญญิก)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/member_page.py"/>
        <location filename="../src/welfare_desk/ui/pages/dues_collection.py"/>
        <source>Record</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/dues_quick.py"/>
        <source>Record and issue a receipt</source>
        <translation>บันทึกและออกใบเสร็จ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/claim_decide.py"/>
        <source>Record the decision</source>
        <translation>บันทึกผลการพิจารณา</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/dues_collection.py"/>
        <source>Record the ticked payments</source>
        <translation>บันทึกรายการที่ทำเครื่องหมาย</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/dues_collection.py"/>
        <source>Record {people} payments, {amount} baht in all, on {date}?</source>
        <translation>บันทึกการรับเงิน {people} ราย รวม {amount} บาท วันที่ {date} ใช่หรือไม่</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_books.py"/>
        <source>Recorded as entry {number}</source>
        <translation>บันทึกเป็นรายการบัญชีเลขที่ {number} แล้ว</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_members.py"/>
        <source>Recorded {count} lapses</source>
        <translation>บันทึกการขาดสมาชิกภาพ {count} รายแล้ว</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/dues_collection.py"/>
        <source>Recorded {people} payments: receipts {first} to {last}</source>
        <translation>บันทึกการรับเงิน {people} รายแล้ว ใบเสร็จเลขที่ {first} ถึง {last}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_sync.py"/>
        <source>Recovered {applied} events from {batches} batches; the fund's history now ends at event {head}.</source>
        <translation>กู้คืน {applied} รายการจากชุดข้อมูล {batches} ชุดแล้ว ประวัติของกองทุนมีถึงรายการที่ {head}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/sync_keys.py"/>
        <source>Recovery key</source>
        <translation>กุญแจกู้คืน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_sync.py"/>
        <source>Recovery key (AGE-SECRET-KEY-1...): </source>
        <translation>กุญแจกู้คืน (AGE-SECRET-KEY-1...): </translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_sync.py"/>
        <source>Recovery key sheet: {path}. Print it, seal it in an envelope with the committee, then delete the file: the key is not kept anywhere else.</source>
        <translation>ใบกุญแจกู้คืน: {path} ให้พิมพ์ออกมา ปิดผนึกใส่ซองต่อหน้ากรรมการ แล้วลบไฟล์นี้ทิ้ง กุญแจนี้ไม่ได้เก็บไว้ที่อื่นอีก</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/sync_sheets.py"/>
        <source>Recovery key: keep sealed</source>
        <translation>กุญแจกู้คืน: เก็บในซองปิดผนึก</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/claim_amounts.py"/>
        <source>Reduced from {before} to {after} baht by the cap of {cap} baht per event</source>
        <translation>ลดจาก {before} เป็น {after} บาท ตามเพดานครั้งละไม่เกิน {cap} บาท</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/claim_amounts.py"/>
        <source>Reduced from {before} to {after} baht: {paid} baht of the cap of {cap} baht a year is already paid</source>
        <translation>ลดจาก {before} เป็น {after} บาท เพราะได้รับไปแล้ว {paid} บาท จากเพดานปีละ {cap} บาท</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/claim_amounts.py"/>
        <source>Reduced from {before} to {after} baht: {paid} baht of the lifetime cap of {cap} baht is already paid</source>
        <translation>ลดจาก {before} เป็น {after} บาท เพราะได้รับไปแล้ว {paid} บาท จากเพดานตลอดชีวิต {cap} บาท</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/member_form.py"/>
        <source>Register</source>
        <translation>บันทึกการสมัคร</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/zone/funds.py"/>
        <source>Register a fund…</source>
        <translation>ลงทะเบียนกองทุน…</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/zone/confirm.py"/>
        <source>Register the fund's key file first</source>
        <translation>ลงทะเบียนไฟล์กุญแจของกองทุนก่อน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_members.py"/>
        <source>Registered member {no}: {name}</source>
        <translation>ลงทะเบียนสมาชิกเลขที่ {no}: {name} แล้ว</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/sync_sheets.py"/>
        <source>Registration of the fund's key with the zone</source>
        <translation>แบบลงทะเบียนกุญแจของกองทุนกับโซน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_sync.py"/>
        <source>Registration sheet for the zone: {path}</source>
        <translation>แบบลงทะเบียนสำหรับโซน: {path}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/members.py"/>
        <source>Reinstated (back to active)</source>
        <translation>กลับเข้าเป็นสมาชิก (คืนสภาพ)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/claim_decide.py"/>
        <source>Reject</source>
        <translation>ไม่อนุมัติ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/claims_view.py"/>
        <location filename="../src/welfare_desk/ui/claim_text.py"/>
        <source>Rejected by {who}: {reason}</source>
        <translation>ไม่อนุมัติ โดย {who} เหตุผล: {reason}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/member_form.py"/>
        <source>Relation</source>
        <translation>ความสัมพันธ์</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/members.py"/>
        <source>Removed by the fund</source>
        <translation>ถูกให้ออก</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/books_close.py"/>
        <source>Reopen</source>
        <translation>เปิดงวดอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/books_close.py"/>
        <source>Reopen a closed period</source>
        <translation>เปิดงวดที่ปิดแล้ว</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/books.py"/>
        <source>Reopen a period…</source>
        <translation>เปิดงวดที่ปิดแล้ว…</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_books.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/books_close.py"/>
        <source>Reopened the period</source>
        <translation>เปิดงวดอีกครั้งแล้ว</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/books.py"/>
        <source>Reopening a period needs a reason</source>
        <translation>การเปิดงวดที่ปิดแล้วต้องระบุเหตุผล</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/reports.py"/>
        <source>Report files ({patterns})</source>
        <translation>ไฟล์รายงาน ({patterns})</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/reports.py"/>
        <location filename="../src/welfare_desk/ui/zone/report.py"/>
        <source>Report saved</source>
        <translation>บันทึกรายงานแล้ว</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/main_window.py"/>
        <location filename="../src/welfare_desk/ui/pages/reports.py"/>
        <source>Reports</source>
        <translation>รายงาน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_export.py"/>
        <source>Reports are written as .xlsx; name the file like {name}</source>
        <translation>รายงานบันทึกเป็นไฟล์ .xlsx เท่านั้น ให้ตั้งชื่อไฟล์เช่น {name}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/report_views.py"/>
        <source>Reports can be saved as {formats} files</source>
        <translation>บันทึกรายงานได้เป็นไฟล์ {formats} เท่านั้น</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/members.py"/>
        <source>Resigned</source>
        <translation>ลาออก</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_admin.py"/>
        <source>Restored {path} ({events} events). The data replaced is kept in {safety}</source>
        <translation>กู้คืนข้อมูลจาก {path} แล้ว ({events} รายการ) ข้อมูลเดิมที่ถูกแทนที่เก็บไว้ที่ {safety}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/zone/funds.py"/>
        <source>Result</source>
        <translation>ผล</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/books_transfer.py"/>
        <source>Reverse entry {number}</source>
        <translation>กลับรายการ {number}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/books.py"/>
        <source>Reverse the entry</source>
        <translation>กลับรายการ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/zone/funds.py"/>
        <source>Revoke a key…</source>
        <translation>เพิกถอนกุญแจ…</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/zone/funds.py"/>
        <source>Revoke key {key} of fund {code} ({name})? From now on every batch signed with it is refused. Do this when the fund's computer or key is lost or stolen; the fund then sets up a new key and you register and confirm it. What the zone already holds stays.</source>
        <translation>เพิกถอนกุญแจ {key} ของกองทุน {code} ({name}) หรือไม่ ต่อจากนี้โซนจะไม่รับชุดข้อมูลที่ลงนามด้วยกุญแจนี้ ให้เพิกถอนเมื่อคอมพิวเตอร์หรือกุญแจของกองทุนสูญหายหรือถูกขโมย จากนั้นให้กองทุนตั้งกุญแจใหม่ แล้วลงทะเบียนและยืนยันกุญแจใหม่นั้น ข้อมูลที่โซนรับไว้แล้วยังอยู่ครบ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/zone/funds.py"/>
        <source>Revoke the fund's key</source>
        <translation>เพิกถอนกุญแจของกองทุน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/zone/funds.py"/>
        <source>Revoke the key</source>
        <translation>เพิกถอนกุญแจ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_users.py"/>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_sheets.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/import_members.py"/>
        <source>Row</source>
        <translation>แถวที่</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_sheets.py"/>
        <source>Row {row}: {reason}</source>
        <translation>แถวที่ {row}: {reason}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/claim_file.py"/>
        <source>Rule in force: version {version} from {date}</source>
        <translation>ระเบียบที่ใช้: ฉบับที่ {version} มีผลตั้งแต่ {date}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/zone/report.py"/>
        <source>Save as Excel…</source>
        <translation>บันทึกเป็น Excel…</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/sync_keys.py"/>
        <source>Save it to a flash drive…</source>
        <translation>บันทึกลงแฟลชไดรฟ์…</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_plans.py"/>
        <source>Save plan</source>
        <translation>บันทึกแบบการส่ง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/member_form.py"/>
        <source>Save the correction</source>
        <translation>บันทึกการแก้ไข</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_fund.py"/>
        <source>Save the fund's details</source>
        <translation>บันทึกข้อมูลกองทุน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/settings_rule_version.py"/>
        <source>Save the new version</source>
        <translation>บันทึกฉบับใหม่</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/import_members.py"/>
        <source>Save the rejected rows…</source>
        <translation>บันทึกแถวที่ไม่ผ่าน…</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/reports.py"/>
        <location filename="../src/welfare_desk/ui/zone/report.py"/>
        <source>Save the report</source>
        <translation>บันทึกรายงาน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_fund.py"/>
        <source>Save village</source>
        <translation>บันทึกหมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_admin.py"/>
        <source>Saved dues plan {code}</source>
        <translation>บันทึกแบบการส่งเงินสัจจะ {code} แล้ว</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/sync_keys.py"/>
        <source>Saved to {path}</source>
        <translation>บันทึกไว้ที่ {path} แล้ว</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_admin.py"/>
        <source>Saved village {moo}</source>
        <translation>บันทึกหมู่ที่ {moo} แล้ว</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_language.py"/>
        <source>Saved. Welfare Desk opens in this language from now on.</source>
        <translation>บันทึกแล้ว ต่อไปโปรแกรมจะเปิดเป็นภาษานี้</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/zone_report.py"/>
        <source>Say --format csv, xlsx or pdf (the file name ends in .{ext})</source>
        <translation>ระบุ --format csv, xlsx หรือ pdf (ชื่อไฟล์ลงท้ายด้วย .{ext})</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_zone.py"/>
        <source>Say what to do with the zone (init, register-fund, confirm-fund, revoke-key, import, status, report), or open its window: welfare-desk zone --db ZONE.db</source>
        <translation>ระบุสิ่งที่จะทำกับโซน (init, register-fund, confirm-fund, revoke-key, import, status, report) หรือเปิดหน้าต่างของโซนด้วย welfare-desk zone --db ZONE.db</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/members.py"/>
        <source>Search: name, member no. or ID digits (Ctrl+F)</source>
        <translation>ค้นหา: ชื่อ เลขที่สมาชิก หรือเลขประจำตัวประชาชน (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/zone.py"/>
        <source>Send data to the zone</source>
        <translation>ส่งข้อมูลให้โซน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/sync_setup.py"/>
        <source>Set up</source>
        <translation>ตั้งค่า</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/sync_setup.py"/>
        <source>Set up sending to the zone</source>
        <translation>ตั้งค่าการส่งข้อมูลให้โซน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/zone.py"/>
        <source>Set up sending to the zone…</source>
        <translation>ตั้งค่าการส่งข้อมูลให้โซน…</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/zone.py"/>
        <source>Set up…</source>
        <translation>ตั้งค่า…</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/main_window.py"/>
        <location filename="../src/welfare_desk/ui/pages/settings.py"/>
        <source>Settings</source>
        <translation>ตั้งค่า</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/member_form.py"/>
        <source>Share %</source>
        <translation>สัดส่วน %</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/reports.py"/>
        <location filename="../src/welfare_desk/ui/zone/report.py"/>
        <source>Show</source>
        <translation>แสดง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/dues_collection.py"/>
        <source>Show the sheet</source>
        <translation>แสดงรายชื่อ</translation>
    </message>
    <message>
        <source>Shown. Export… saves exactly this table.</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/login.py"/>
        <source>Sign in</source>
        <translation>เข้าสู่ระบบ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/claim_form.py"/>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <location filename="../src/welfare_desk/printing/monthly.py"/>
        <location filename="../src/welfare_desk/printing/receipts.py"/>
        <location filename="../src/welfare_desk/printing/sync_sheets.py"/>
        <location filename="../src/welfare_desk/printing/voucher.py"/>
        <source>Signed</source>
        <translation>ลงชื่อ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_member_tables.py"/>
        <source>Since the fund began</source>
        <translation>ตั้งแต่เริ่มกองทุน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_data.py"/>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_data.py"/>
        <source>Something is wrong with the fund's data.</source>
        <translation>ข้อมูลของกองทุนมีปัญหา</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/errors.py"/>
        <source>Something went wrong</source>
        <translation>เกิดข้อผิดพลาด</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <location filename="../src/welfare_desk/ui/pages/books.py"/>
        <source>Source</source>
        <translation>ที่มา</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/first_run.py"/>
        <source>Start the books of a new fund</source>
        <translation>เริ่มทำบัญชีของกองทุนใหม่</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/member_page.py"/>
        <location filename="../src/welfare_desk/ui/pages/claims.py"/>
        <location filename="../src/welfare_desk/ui/pages/settings_regulation.py"/>
        <source>State</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_members.py"/>
        <location filename="../src/welfare_desk/spreadsheets/register_export.py"/>
        <location filename="../src/welfare_desk/ui/models/members.py"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/member_page.py"/>
        <source>Status since</source>
        <translation>สถานะตั้งแต่</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <source>Summary</source>
        <translation>สรุปผล</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_sync.py"/>
        <location filename="../src/welfare_desk/services/sync.py"/>
        <source>Sync is not set up yet: run 'sync setup' with the zone's key file</source>
        <translation>ยังไม่ได้ตั้งค่าการส่งข้อมูลให้โซน ให้สั่ง 'sync setup' พร้อมไฟล์กุญแจของโซน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_sync.py"/>
        <source>Sync is set up with zone {zone} (zone key fingerprint {fingerprint}).</source>
        <translation>ตั้งค่าการส่งข้อมูลให้โซน {zone} แล้ว (ลายนิ้วมือกุญแจของโซน {fingerprint})</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/zone.py"/>
        <source>Take an acknowledgement…</source>
        <translation>รับใบตอบรับ…</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/dues.py"/>
        <source>Take dues (F2)</source>
        <translation>รับเงินสัจจะ (F2)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/books_transfer.py"/>
        <source>Take the money from *</source>
        <translation>โอนจาก *</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/first_run.py"/>
        <location filename="../src/welfare_desk/ui/pages/settings_fund.py"/>
        <source>Tambon *</source>
        <translation>ตำบล *</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/receipts.py"/>
        <location filename="../src/welfare_desk/printing/voucher.py"/>
        <source>Tambon {tambon}, Amphoe {amphoe}, {province}</source>
        <translation>ตำบล{tambon} อำเภอ{amphoe} จังหวัด{province}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/zone.py"/>
        <source>The USB flash drive for the batch</source>
        <translation>แฟลชไดรฟ์สำหรับชุดข้อมูล</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/journal.py"/>
        <location filename="../src/welfare_desk/services/dues.py"/>
        <source>The amount must be more than zero</source>
        <translation>จำนวนเงินต้องมากกว่าศูนย์</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/money.py"/>
        <source>The amount must be more than zero, not {text}</source>
        <translation>จำนวนเงินต้องมากกว่าศูนย์ ไม่ใช่ {text}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_books.py"/>
        <source>The amount must not be negative, not {text}</source>
        <translation>จำนวนเงินต้องไม่ติดลบ ไม่ใช่ {text}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/claims.py"/>
        <source>The approved amount must be between 0.01 and {limit} baht</source>
        <translation>จำนวนเงินที่อนุมัติต้องอยู่ระหว่าง 0.01 ถึง {limit} บาท</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/backups.py"/>
        <source>The backup belongs to fund {other}, not to this fund ({this})</source>
        <translation>ไฟล์สำรองนี้เป็นของกองทุน {other} ไม่ใช่ของกองทุนนี้ ({this})</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/sync/batch.py"/>
        <source>The batch is in format {found}, which this version of Welfare Desk does not know ({known}); upgrade Welfare Desk on this computer</source>
        <translation>ชุดข้อมูลอยู่ในรูปแบบ {found} ซึ่งโปรแกรมรุ่นนี้ไม่รู้จัก (รู้จัก {known}) ให้ปรับรุ่นโปรแกรม Welfare Desk ในเครื่องนี้</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/sync/batch_files.py"/>
        <source>The batch is incomplete: {file} is missing; copy the whole folder from the fund's stick</source>
        <translation>ชุดข้อมูลไม่ครบ: ไม่มีไฟล์ {file} ให้คัดลอกทั้งโฟลเดอร์จากแฟลชไดรฟ์ของกองทุน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/sync/zone_sync.py"/>
        <source>The batch is signed with key {key} of fund {code}, which was revoked on {date}; the fund must sign with its current key</source>
        <translation>ชุดข้อมูลลงนามด้วยกุญแจ {key} ของกองทุน {code} ซึ่งถูกเพิกถอนเมื่อ {date} กองทุนต้องลงนามด้วยกุญแจที่ใช้อยู่ปัจจุบัน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/sync/zone_sync.py"/>
        <source>The batch is signed with key {key}, which is not a key of fund {code} registered here; it may come from another fund, or the fund has a new key to register</source>
        <translation>ชุดข้อมูลลงนามด้วยกุญแจ {key} ซึ่งไม่ใช่กุญแจของกองทุน {code} ที่ลงทะเบียนไว้ อาจมาจากกองทุนอื่น หรือกองทุนมีกุญแจใหม่ที่ต้องลงทะเบียน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/zone.py"/>
        <location filename="../src/welfare_desk/ui/tour.py"/>
        <source>The batch is signed with the fund's key: type its passphrase. It goes to {folder}.</source>
        <translation>ชุดข้อมูลลงนามด้วยกุญแจลงนามของกองทุน ให้พิมพ์รหัสผ่านกุญแจ ชุดข้อมูลจะเขียนไว้ที่ {folder}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/sync/recover.py"/>
        <source>The batches do not continue this database's history at event {seq}; bring the batches from event {seq} on</source>
        <translation>ชุดข้อมูลไม่ต่อเนื่องกับประวัติในฐานข้อมูลนี้ที่รายการที่ {seq} ให้นำชุดข้อมูลตั้งแต่รายการที่ {seq} เป็นต้นไปมาด้วย</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/members.py"/>
        <source>The beneficiaries' shares must add up to 100 percent</source>
        <translation>สัดส่วนของผู้รับผลประโยชน์ต้องรวมกันได้ร้อยละ 100</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/imports.py"/>
        <location filename="../src/welfare_desk/services/members.py"/>
        <source>The birth date is after the join date</source>
        <translation>วันเกิดอยู่หลังวันที่สมัคร</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/receipt_batch.py"/>
        <source>The books are closed or counted up to {date}; a receipt dated {on} would change them. Give the receipts a later date</source>
        <translation>บัญชีปิดงวดหรือตรวจนับเงินแล้วถึงวันที่ {date} ใบเสร็จลงวันที่ {on} จะทำให้ยอดที่ปิดไว้เปลี่ยนไป ให้ลงวันที่ใบเสร็จหลังจากนั้น</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/check.py"/>
        <source>The books balance (entries, trial balance, receipts gap-free, counts)</source>
        <translation>บัญชีถูกต้องตรงกัน (รายการบัญชี งบทดลอง เลขที่ใบเสร็จเรียงต่อเนื่องไม่ขาด ยอดตรวจนับ)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/claim_amounts.py"/>
        <source>The cap of {cap} baht a year is used up: {paid} baht paid this fiscal year</source>
        <translation>ใช้สิทธิ์เต็มเพดานปีละ {cap} บาทแล้ว (ได้รับ {paid} บาทในปีบัญชีนี้)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/members.py"/>
        <source>The change date is before the member's current status ({date})</source>
        <translation>วันที่เปลี่ยนแปลงอยู่ก่อนวันที่เริ่มสถานะปัจจุบันของสมาชิก ({date})</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/db/database.py"/>
        <source>The change was refused by the database: {problem}</source>
        <translation>ฐานข้อมูลไม่ยอมรับการเปลี่ยนแปลงนี้: {problem}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/start.py"/>
        <source>The check after the upgrade found a problem. Enter nothing more: call whoever looks after this computer and show them Settings → Check my data; the copy above holds the data as it was.</source>
        <translation>การตรวจสอบหลังปรับรุ่นพบปัญหา อย่าเพิ่งบันทึกข้อมูลใด ๆ เพิ่ม ให้ติดต่อผู้ดูแลเครื่องคอมพิวเตอร์นี้ และเปิดหน้า ตั้งค่า → ตรวจสอบข้อมูล ให้ดู สำเนาข้างต้นเก็บข้อมูลไว้ตามเดิมก่อนปรับรุ่น</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/eligibility.py"/>
        <source>The claim is filed before the event date</source>
        <translation>วันที่ยื่นคำร้องอยู่ก่อนวันที่เกิดเหตุ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/claim_form.py"/>
        <source>The committee's decision</source>
        <translation>ผลการพิจารณาของคณะกรรมการ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/errors.py"/>
        <source>The computer refused</source>
        <translation>ทำรายการไม่สำเร็จ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/main.py"/>
        <location filename="../src/welfare_desk/ui/errors.py"/>
        <source>The computer refused: {problem}</source>
        <translation>ทำรายการไม่สำเร็จ: {problem}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/sync/batch.py"/>
        <source>The control totals of BATCH.txt do not match the events</source>
        <translation>ยอดควบคุมใน BATCH.txt ไม่ตรงกับรายการข้อมูล</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_books.py"/>
        <source>The counts agree with the book</source>
        <translation>ยอดที่ตรวจนับตรงกับบัญชี</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_data.py"/>
        <source>The data folder</source>
        <translation>โฟลเดอร์ข้อมูล</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/check.py"/>
        <source>The database file is intact</source>
        <translation>ไฟล์ฐานข้อมูลอยู่ในสภาพสมบูรณ์</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/start.py"/>
        <source>The database was upgraded</source>
        <translation>ปรับรุ่นฐานข้อมูลแล้ว</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/context.py"/>
        <source>The database was upgraded; a copy of the old one is at {path}</source>
        <translation>ปรับรุ่นฐานข้อมูลแล้ว สำเนาฐานข้อมูลเดิมอยู่ที่ {path}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/db/lock.py"/>
        <source>The database {path} is already open in another Welfare Desk</source>
        <translation>ฐานข้อมูล {path} เปิดใช้งานอยู่ในโปรแกรมสวัสดิการชุมชนอีกหน้าต่างหนึ่งแล้ว</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/db/database.py"/>
        <source>The database {path} is damaged ({problem}); restore a backup</source>
        <translation>ฐานข้อมูล {path} เสียหาย ({problem}) กรุณากู้คืนจากไฟล์สำรอง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/db/local_disk.py"/>
        <source>The database {path} is on a network share. Welfare Desk keeps a fund's books only on this computer's own disk: a network that drops in the middle of a change damages the file. Copy the file to this computer and open the copy.</source>
        <translation>ฐานข้อมูล {path} อยู่ในโฟลเดอร์ที่แชร์ผ่านเครือข่าย โปรแกรมสวัสดิการชุมชนเก็บบัญชีของกองทุนไว้ในดิสก์ของเครื่องนี้เท่านั้น เพราะหากเครือข่ายหลุดระหว่างบันทึก ไฟล์จะเสียหาย กรุณาคัดลอกไฟล์มาไว้ในเครื่องนี้ แล้วเปิดไฟล์ที่คัดลอกมา</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/db/local_disk.py"/>
        <source>The database {path} is on a removable drive (a USB stick or a memory card). Welfare Desk keeps a fund's books only on this computer's own disk: a drive pulled out in the middle of a change damages the file. Copy the file to this computer and open the copy (backups may go to a USB drive).</source>
        <translation>ฐานข้อมูล {path} อยู่ในไดรฟ์แบบถอดได้ (แฟลชไดรฟ์ USB หรือการ์ดหน่วยความจำ) โปรแกรมสวัสดิการชุมชนเก็บบัญชีของกองทุนไว้ในดิสก์ของเครื่องนี้เท่านั้น เพราะหากถอดไดรฟ์ออกระหว่างบันทึก ไฟล์จะเสียหาย กรุณาคัดลอกไฟล์มาไว้ในเครื่องนี้ แล้วเปิดไฟล์ที่คัดลอกมา (ไฟล์สำรองข้อมูลเก็บไว้ในไดรฟ์ USB ได้)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/dues.py"/>
        <source>The date is before the member joined ({date})</source>
        <translation>วันที่นี้อยู่ก่อนวันที่สมาชิกสมัคร ({date})</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/dues.py"/>
        <location filename="../src/welfare_desk/services/dues_import.py"/>
        <source>The date {date} is in the future</source>
        <translation>วันที่ {date} ยังมาไม่ถึง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/journal.py"/>
        <source>The entry does not balance: debits and credits differ by {difference} satang</source>
        <translation>รายการบัญชีไม่สมดุล: ยอดเดบิตและเครดิตต่างกัน {difference} สตางค์</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/members.py"/>
        <source>The entry fee cannot be negative</source>
        <translation>ค่าสมัครต้องไม่ติดลบ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/claims.py"/>
        <source>The event date is after the filing date</source>
        <translation>วันที่เกิดเหตุอยู่หลังวันที่ยื่นคำร้อง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/eligibility.py"/>
        <source>The event is before the member joined the fund</source>
        <translation>เหตุเกิดก่อนวันที่สมัครเป็นสมาชิก</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/sync/batch.py"/>
        <source>The events do not match the batch's content hash</source>
        <translation>รายการข้อมูลไม่ตรงกับค่าแฮชของชุดข้อมูล</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/sync/batch.py"/>
        <source>The events do not reach the head the batch names</source>
        <translation>รายการข้อมูลไม่ถึงรายการสุดท้ายที่ชุดข้อมูลระบุ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/sync/batch.py"/>
        <source>The events of the batch cannot be read</source>
        <translation>อ่านรายการข้อมูลในชุดข้อมูลไม่ได้</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/members.py"/>
        <source>The first name is missing</source>
        <translation>ไม่ได้กรอกชื่อ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/fund.py"/>
        <source>The fiscal year start is month-day, such as 10-01, not '{text}'</source>
        <translation>วันเริ่มปีบัญชีต้องเขียนแบบ เดือน-วัน เช่น 10-01 ไม่ใช่ '{text}'</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_data.py"/>
        <source>The folder could not be opened here. It is: {path}</source>
        <translation>เปิดโฟลเดอร์จากโปรแกรมไม่ได้ โฟลเดอร์อยู่ที่: {path}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_fund.py"/>
        <source>The fund</source>
        <translation>กองทุน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/home.py"/>
        <source>The fund at a glance</source>
        <translation>ภาพรวมกองทุน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/funds.py"/>
        <source>The fund cannot be founded in the future</source>
        <translation>วันที่ก่อตั้งกองทุนต้องไม่เป็นวันในอนาคต</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_fund.py"/>
        <source>The fund code, the fiscal year and the receipt numbering shape the books already kept, so they cannot be changed here.</source>
        <translation>รหัสกองทุน ปีบัญชี และเลขที่ใบเสร็จรับเงิน ผูกกับบัญชีที่บันทึกไว้แล้ว จึงแก้ไขที่นี่ไม่ได้</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/zone.py"/>
        <source>The fund does not send its data to a zone yet. Set it up with the zone's key file (zone.pub) from the zone coordinator.</source>
        <translation>กองทุนยังไม่ได้ตั้งค่าการส่งข้อมูลให้โซน ให้ตั้งค่าด้วยไฟล์กุญแจของโซน (zone.pub) ที่ได้จากผู้ประสานงานโซน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/imports.py"/>
        <location filename="../src/welfare_desk/services/members.py"/>
        <source>The fund has no village หมู่ที่ {moo}</source>
        <translation>กองทุนไม่มีหมู่ที่ {moo}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/sync/zone_sync.py"/>
        <source>The fund's Welfare Desk is newer (schema {schema}) than this one; upgrade Welfare Desk on the zone's computer, then import again</source>
        <translation>โปรแกรม Welfare Desk ของกองทุนเป็นรุ่นใหม่กว่า (โครงสร้าง {schema}) ให้ปรับรุ่นโปรแกรมในเครื่องของโซน แล้วนำเข้าอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_data.py"/>
        <source>The fund's data is correct and complete.</source>
        <translation>ข้อมูลของกองทุนถูกต้องครบถ้วน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_data.py"/>
        <source>The fund's data is kept in this folder, apart from the program: installing a newer version or removing the program leaves it as it is. Copies made before an upgrade are in its backups folder.</source>
        <translation>ข้อมูลของกองทุนเก็บอยู่ในโฟลเดอร์นี้ แยกจากตัวโปรแกรม การติดตั้งรุ่นใหม่หรือการถอนการติดตั้งโปรแกรมจะไม่แตะต้องข้อมูลในโฟลเดอร์นี้ สำเนาที่ทำไว้ก่อนปรับรุ่นอยู่ในโฟลเดอร์ backups ข้างในนั้น</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_data.py"/>
        <source>The fund's database</source>
        <translation>ฐานข้อมูลของกองทุน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/sync/batch.py"/>
        <source>The fund's event chain is broken at event {seq}</source>
        <translation>ประวัติข้อมูลของกองทุนขาดตอนที่รายการที่ {seq}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/sync_keys.py"/>
        <source>The fund's key</source>
        <translation>กุญแจของกองทุน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/sync/keys.py"/>
        <location filename="../src/welfare_desk/ui/zone/funds.py"/>
        <source>The fund's key file</source>
        <translation>ไฟล์กุญแจของกองทุน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/sync_keys.py"/>
        <source>The fund's key fingerprint</source>
        <translation>ลายนิ้วมือกุญแจของกองทุน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/zone.py"/>
        <source>The fund's key is registered but not confirmed: the batch is kept aside. Compare the fingerprint with the fund, then 'zone confirm-fund'</source>
        <translation>ลงทะเบียนกุญแจของกองทุนแล้วแต่ยังไม่ได้ยืนยัน ชุดข้อมูลนี้จึงถูกพักไว้ก่อน ให้เทียบลายนิ้วมือกุญแจกับกองทุน แล้วสั่ง 'zone confirm-fund'</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/zone/outcomes.py"/>
        <source>The fund's key is registered but not confirmed: the batch is kept aside. Compare the fingerprint with the fund: Confirm a fund's key… (Ctrl+F)</source>
        <translation>ลงทะเบียนกุญแจของกองทุนแล้วแต่ยังไม่ได้ยืนยัน ชุดข้อมูลนี้จึงถูกพักไว้ก่อน ให้เทียบลายนิ้วมือกุญแจกับกองทุนที่ ยืนยันกุญแจของกองทุน… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/zone.py"/>
        <source>The fund's signing key</source>
        <translation>กุญแจลงนามของกองทุน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/sync/fund_sync.py"/>
        <source>The fund's signing key is missing ({path}); set up sync again with --new-key and register the new key with the zone</source>
        <translation>ไม่พบกุญแจลงนามของกองทุน ({path}) ให้ตั้งค่าใหม่ด้วย --new-key แล้วลงทะเบียนกุญแจใหม่กับโซน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/funds.py"/>
        <source>The fund's {field} is missing</source>
        <translation>ไม่ได้กรอก {field} ของกองทุน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/check.py"/>
        <source>The history of changes is complete and unaltered</source>
        <translation>ประวัติการเปลี่ยนแปลงครบถ้วนและไม่ถูกแก้ไข</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/imports.py"/>
        <location filename="../src/welfare_desk/services/members.py"/>
        <source>The join date {date} is in the future</source>
        <translation>วันที่สมัคร {date} ยังมาไม่ถึง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/sync_setup.py"/>
        <source>The key's passphrase</source>
        <translation>รหัสผ่านกุญแจที่ใช้อยู่</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_language.py"/>
        <source>The language of the screens on this computer. The fund's data stays as it is.</source>
        <translation>ภาษาที่ใช้แสดงบนหน้าจอของเครื่องนี้ ข้อมูลของกองทุนไม่เปลี่ยนแปลง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/funds.py"/>
        <source>The lapse rule needs at least one missed instalment</source>
        <translation>เกณฑ์การขาดสมาชิกภาพต้องกำหนดจำนวนงวดที่ขาดส่งอย่างน้อย 1 งวด</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/members.py"/>
        <source>The last name is missing</source>
        <translation>ไม่ได้กรอกนามสกุล</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/claim_amounts.py"/>
        <source>The lifetime cap of {cap} baht is used up: {paid} baht paid before</source>
        <translation>ใช้สิทธิ์เต็มเพดานตลอดชีวิต {cap} บาทแล้ว (เคยได้รับ {paid} บาท)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/members.py"/>
        <source>The member is already {status}</source>
        <translation>สมาชิกมีสถานะ {status} อยู่แล้ว</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_export.py"/>
        <source>The member register is exported as it is today; leave out --period</source>
        <translation>ทะเบียนสมาชิกส่งออกตามข้อมูลปัจจุบันเท่านั้น ไม่ต้องระบุ --period</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/eligibility.py"/>
        <source>The member's date of birth is not recorded, and this benefit depends on age</source>
        <translation>ไม่มีวันเกิดของสมาชิกในทะเบียน แต่สวัสดิการนี้กำหนดตามอายุ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/eligibility.py"/>
        <source>The member's death is recorded on another day than the event date</source>
        <translation>วันที่เสียชีวิตในทะเบียนไม่ตรงกับวันที่เกิดเหตุในคำร้อง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/eligibility.py"/>
        <source>The member's status ({status}) allows this benefit</source>
        <translation>สมาชิกมีสถานะ{status} ซึ่งเข้าเงื่อนไขของสวัสดิการนี้</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/benefit_rules.py"/>
        <source>The minimum age is above the maximum age</source>
        <translation>อายุขั้นต่ำสูงกว่าอายุสูงสุด</translation>
    </message>
    <message>
        <source>The month after</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/books.py"/>
        <source>The month after (Ctrl+PgDown)</source>
        <translation>เดือนถัดไป (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>The month before</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/books.py"/>
        <source>The month before (Ctrl+PgUp)</source>
        <translation>เดือนก่อนหน้า (Ctrl+PgUp)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/spreadsheets/dues_import.py"/>
        <source>The month columns {columns} do not say which year; write them like ต.ค. 2566, or put the year above them</source>
        <translation>คอลัมน์เดือน {columns} ไม่ได้ระบุปี ให้เขียนเช่น ต.ค. 2566 หรือใส่ปีไว้เหนือหัวคอลัมน์เดือน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_export.py"/>
        <source>The monthly report is for one month: --period 2569-10</source>
        <translation>รายงานประจำเดือนออกได้ทีละเดือน เช่น --period 2569-10</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/imports.py"/>
        <location filename="../src/welfare_desk/spreadsheets/cells.py"/>
        <location filename="../src/welfare_desk/spreadsheets/register_import.py"/>
        <source>The name is missing</source>
        <translation>ไม่มีชื่อ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/imports.py"/>
        <source>The national ID repeats row {row}</source>
        <translation>เลขประจำตัวประชาชนซ้ำกับแถวที่ {row}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/thai_id.py"/>
        <source>The national ID {text} has a wrong check digit</source>
        <translation>เลขประจำตัวประชาชน {text} มีหลักตรวจสอบ (หลักสุดท้าย) ไม่ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/benefit_rules.py"/>
        <source>The new version number must be above {version}</source>
        <translation>เลขฉบับใหม่ต้องมากกว่า {version}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/sync_setup.py"/>
        <source>The passphrase again</source>
        <translation>รหัสผ่านกุญแจอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/context.py"/>
        <source>The passphrase again: </source>
        <translation>รหัสผ่านกุญแจอีกครั้ง: </translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/sync/crypto.py"/>
        <source>The passphrase does not open the key</source>
        <translation>รหัสผ่านนี้เปิดกุญแจไม่ได้</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/sync/crypto.py"/>
        <source>The payload cannot be opened with this zone's key: it is damaged, or it was encrypted for another zone</source>
        <translation>เปิดข้อมูลด้วยกุญแจของโซนนี้ไม่ได้ ข้อมูลอาจเสียหาย หรือถูกเข้ารหัสไว้สำหรับโซนอื่น</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/reports_period.py"/>
        <source>The period ends ({last}) before it starts ({first})</source>
        <translation>วันสิ้นสุด ({last}) อยู่ก่อนวันเริ่มต้น ({first})</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/periods.py"/>
        <source>The period ends before it starts: {text}</source>
        <translation>วันสิ้นสุดอยู่ก่อนวันเริ่มต้น: {text}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/db/database.py"/>
        <source>The period is closed; ask a committee member to reopen it first</source>
        <translation>งวดนี้ปิดแล้ว กรุณาให้กรรมการเปิดงวดก่อน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/books_close.py"/>
        <source>The person who closed a period cannot reopen it: a second committee member must, and give the reason.</source>
        <translation>ผู้ที่ปิดงวดจะเปิดงวดนั้นเองไม่ได้ ต้องเป็นกรรมการอีกคนหนึ่ง และต้องระบุเหตุผล</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/books.py"/>
        <source>The person who closed a period cannot reopen it; a second committee member must</source>
        <translation>ผู้ที่ปิดงวดจะเปิดงวดนั้นเองไม่ได้ ต้องให้กรรมการอีกคนหนึ่งเป็นผู้เปิด</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/claims.py"/>
        <source>The person who filed claim {number} cannot also decide it</source>
        <translation>ผู้ที่บันทึกคำร้องเลขที่ {number} จะพิจารณาคำร้องนั้นเองไม่ได้</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/dues_import.py"/>
        <source>The receipt date {date} is before member {no} joined</source>
        <translation>วันที่ในใบเสร็จ {date} อยู่ก่อนวันที่สมาชิกเลขที่ {no} สมัคร</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/sync_keys.py"/>
        <source>The recovery key sheet is still a file on this computer.</source>
        <translation>ใบกุญแจกู้คืนยังเป็นไฟล์อยู่ในคอมพิวเตอร์เครื่องนี้</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/benefit_rules.py"/>
        <source>The regulation data is damaged: {problem}</source>
        <translation>ข้อมูลระเบียบเสียหาย: {problem}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/eligibility.py"/>
        <source>The regulation has no benefit {benefit}</source>
        <translation>ระเบียบไม่มีสวัสดิการ {benefit}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_sheets.py"/>
        <source>The rejected rows are in {path}</source>
        <translation>แถวที่ไม่ผ่านอยู่ในไฟล์ {path}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/reports.py"/>
        <location filename="../src/welfare_desk/ui/zone/report.py"/>
        <source>The report was saved to {path}</source>
        <translation>บันทึกรายงานไว้ที่ {path}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/claim_amounts.py"/>
        <source>The requested amount must be more than zero</source>
        <translation>จำนวนเงินที่ขอต้องมากกว่าศูนย์</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/dues_import.py"/>
        <source>The row has no member no., national ID or name</source>
        <translation>แถวนี้ไม่มีเลขที่สมาชิก เลขบัตรประชาชน หรือชื่อ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/zone_report.py"/>
        <source>The same person active in several funds (to review)</source>
        <translation>บุคคลเดียวกันเป็นสมาชิกปกติในหลายกองทุน (ควรตรวจสอบ)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/sync/crypto.py"/>
        <source>The signature does not match: the files were changed, or they were signed by another key</source>
        <translation>ลายมือชื่อดิจิทัลไม่ตรงกัน: ไฟล์ถูกแก้ไข หรือลงนามด้วยกุญแจอื่น</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/sync/ack.py"/>
        <location filename="../src/welfare_desk/sync/crypto.py"/>
        <source>The signature file is damaged</source>
        <translation>ไฟล์ลายมือชื่อดิจิทัลเสียหาย</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/sync/crypto.py"/>
        <source>The signature file was changed</source>
        <translation>ไฟล์ลายมือชื่อดิจิทัลถูกแก้ไข</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/sync/batch_files.py"/>
        <source>The signed comment does not match BATCH.txt</source>
        <translation>ข้อความที่ลงนามไว้ไม่ตรงกับ BATCH.txt</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/sync/ack.py"/>
        <source>The signed comment does not match the acknowledgement</source>
        <translation>ข้อความที่ลงนามไว้ไม่ตรงกับใบตอบรับ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/benefit_rules.py"/>
        <source>The tiers must go up by years of membership, each once</source>
        <translation>ขั้นการจ่ายต้องเรียงตามจำนวนปีที่เป็นสมาชิกจากน้อยไปมาก และไม่ซ้ำกัน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/members.py"/>
        <source>The title is missing</source>
        <translation>ไม่ได้กรอกคำนำหน้าชื่อ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/imports.py"/>
        <location filename="../src/welfare_desk/services/members.py"/>
        <source>The title {title} is for children under 15</source>
        <translation>คำนำหน้าชื่อ {title} ใช้กับเด็กอายุต่ำกว่า 15 ปี</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/context.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/sync_setup.py"/>
        <source>The two passphrases differ</source>
        <translation>รหัสผ่านกุญแจทั้งสองครั้งไม่ตรงกัน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/fund.py"/>
        <source>The two passwords differ</source>
        <translation>รหัสผ่านทั้งสองช่องไม่ตรงกัน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/start.py"/>
        <source>The upgraded data was checked: it is correct and complete ({events} changes recorded).</source>
        <translation>ตรวจสอบข้อมูลหลังปรับรุ่นแล้ว ข้อมูลถูกต้องครบถ้วน (มีการบันทึก {events} รายการ)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/sync.py"/>
        <source>The zone already holds events up to number {zone}, but this database ends at {here}: it was restored from an older backup. Nothing was exported. Restore the newest backup, or recover the missing events from the fund's batches with the recovery key ('sync recover').</source>
        <translation>โซนมีข้อมูลของกองทุนถึงรายการที่ {zone} แล้ว แต่ฐานข้อมูลนี้มีถึงรายการที่ {here} เท่านั้น แสดงว่ากู้คืนมาจากข้อมูลสำรองที่เก่ากว่า จึงยังไม่ได้ส่งออกข้อมูล ให้กู้คืนข้อมูลสำรองล่าสุด หรือกู้รายการที่ขาดจากชุดข้อมูลที่เคยส่งด้วยกุญแจกู้คืน ('sync recover')</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/sync_setup.py"/>
        <source>The zone coordinator gives the fund the zone's key file (zone.pub), on a USB flash drive. Choose it, then choose a passphrase for the fund's signing key: it is asked for every time a batch is written. Keep the passphrase with the committee; without it no batch can be sent.</source>
        <translation>ผู้ประสานงานโซนจะให้ไฟล์กุญแจของโซน (zone.pub) มาในแฟลชไดรฟ์ ให้เลือกไฟล์นั้น แล้วตั้งรหัสผ่านกุญแจสำหรับกุญแจลงนามของกองทุน ซึ่งต้องพิมพ์ทุกครั้งที่ส่งออกชุดข้อมูล ให้คณะกรรมการเก็บรหัสผ่านกุญแจไว้ด้วย ถ้าไม่มีรหัสผ่านกุญแจจะส่งชุดข้อมูลไม่ได้</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/sync_sheets.py"/>
        <source>The zone coordinator registers the file {file} and confirms it only when the fingerprint on the screen is the one above.</source>
        <translation>ผู้ประสานงานโซนลงทะเบียนไฟล์ {file} และยืนยันเมื่อลายนิ้วมือกุญแจบนหน้าจอตรงกับที่พิมพ์ไว้ข้างบนเท่านั้น</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_sync.py"/>
        <location filename="../src/welfare_desk/ui/pages/zone.py"/>
        <source>The zone holds batches waiting for missing events: {ranges}</source>
        <translation>โซนมีชุดข้อมูลที่รอรายการที่ขาดอยู่: {ranges}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_sync.py"/>
        <location filename="../src/welfare_desk/ui/pages/zone.py"/>
        <source>The zone set batches aside: {ranges}; call the zone coordinator.</source>
        <translation>โซนพักชุดข้อมูลไว้ตรวจสอบ: {ranges} โปรดติดต่อผู้ประสานงานโซน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_sync.py"/>
        <location filename="../src/welfare_desk/ui/pages/zone.py"/>
        <source>The zone {zone} holds this fund's events up to number {seq}.</source>
        <translation>โซน {zone} ได้รับข้อมูลของกองทุนถึงรายการที่ {seq} แล้ว</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/sync/ack.py"/>
        <location filename="../src/welfare_desk/ui/pages/zone.py"/>
        <source>The zone's acknowledgement</source>
        <translation>ใบตอบรับของโซน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/zone/outcomes.py"/>
        <source>The zone's data did not change.</source>
        <translation>ข้อมูลของโซนไม่มีการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/db/zone_store.py"/>
        <source>The zone's database refused the fund's events ({problem}); nothing of this batch was applied</source>
        <translation>ฐานข้อมูลของโซนไม่รับรายการของกองทุน ({problem}) จึงไม่ได้นำข้อมูลใดในชุดนี้เข้า</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/sync/keys.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/sync_setup.py"/>
        <source>The zone's key file</source>
        <translation>ไฟล์กุญแจของโซน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/zone/window.py"/>
        <source>The zone's keys are locked</source>
        <translation>กุญแจของโซนยังล็อกอยู่</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/sync/zone_sync.py"/>
        <source>The zone's keys are not in {path}; run 'zone init' first</source>
        <translation>ไม่พบกุญแจของโซนใน {path} ให้สั่ง 'zone init' ก่อน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/zone/window.py"/>
        <source>The zone's keys are unlocked</source>
        <translation>ปลดล็อกกุญแจของโซนแล้ว</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/zone.py"/>
        <source>The zone's keys in this folder belong to another zone; nothing was imported</source>
        <translation>กุญแจของโซนในโฟลเดอร์นี้เป็นของโซนอื่น จึงไม่ได้นำเข้าข้อมูลใด</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/zone.py"/>
        <source>The zone's keys in this folder do not belong to this database (the pseudonym key differs); nothing was imported</source>
        <translation>กุญแจของโซนในโฟลเดอร์นี้ไม่ใช่ของฐานข้อมูลนี้ (กุญแจนามแฝงไม่ตรงกัน) จึงไม่ได้นำเข้าข้อมูลใด</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/payees.py"/>
        <source>The {benefit} benefit is paid to the beneficiary or an heir, not to the member who died</source>
        <translation>สวัสดิการ{benefit}จ่ายแก่ผู้รับผลประโยชน์หรือทายาท ไม่ใช่สมาชิกผู้ถึงแก่กรรม</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/benefit_rules.py"/>
        <source>The {what} must be at least {minimum}</source>
        <translation>{what}ต้องไม่น้อยกว่า {minimum}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/benefit_rules.py"/>
        <source>The {what} must be more than zero</source>
        <translation>{what}ต้องมากกว่าศูนย์</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/funds.py"/>
        <source>There is already a user {name}</source>
        <translation>มีผู้ใช้ชื่อ {name} อยู่แล้ว</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/journal.py"/>
        <source>There is no account {code}</source>
        <translation>ไม่มีบัญชีรหัส {code}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/benefit_rules.py"/>
        <location filename="../src/welfare_desk/services/claims.py"/>
        <source>There is no benefit {code}</source>
        <translation>ไม่มีสวัสดิการรหัส {code}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/claims.py"/>
        <location filename="../src/welfare_desk/services/paper.py"/>
        <source>There is no claim {number}</source>
        <translation>ไม่พบคำร้องเลขที่ {number}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/db/database.py"/>
        <source>There is no database at {path}; create one with 'init'</source>
        <translation>ไม่พบฐานข้อมูลที่ {path} สร้างใหม่ได้ด้วยคำสั่ง 'init'</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/imports.py"/>
        <location filename="../src/welfare_desk/services/members.py"/>
        <source>There is no dues plan {plan}</source>
        <translation>ไม่มีแบบการส่งเงินสัจจะรหัส {plan}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/books.py"/>
        <source>There is no entry {number}</source>
        <translation>ไม่พบรายการบัญชีเลขที่ {number}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/db/backup.py"/>
        <location filename="../src/welfare_desk/spreadsheets/reading.py"/>
        <source>There is no file {path}</source>
        <translation>ไม่พบไฟล์ {path}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/common.py"/>
        <location filename="../src/welfare_desk/services/dues_import.py"/>
        <location filename="../src/welfare_desk/services/grants.py"/>
        <location filename="../src/welfare_desk/services/paper.py"/>
        <source>There is no member number {no}</source>
        <translation>ไม่พบสมาชิกเลขที่ {no}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/paper.py"/>
        <source>There is no payment voucher {number}</source>
        <translation>ไม่มีใบสำคัญจ่ายเลขที่ {number}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/db/sqlite_reader.py"/>
        <location filename="../src/welfare_desk/services/dues.py"/>
        <location filename="../src/welfare_desk/services/paper.py"/>
        <source>There is no receipt {number}</source>
        <translation>ไม่พบใบเสร็จรับเงินเลขที่ {number}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/funds.py"/>
        <source>There is no user {name} in this fund</source>
        <translation>ไม่มีผู้ใช้ชื่อ {name} ในกองทุนนี้</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/zone/start.py"/>
        <source>There is no zone database at {path}; create the zone first: welfare-desk zone --db {path} init --name NAME</source>
        <translation>ไม่พบฐานข้อมูลของโซนที่ {path} ให้สร้างโซนก่อนด้วยคำสั่ง welfare-desk zone --db {path} init --name ชื่อโซน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/sync/recover.py"/>
        <source>These batches belong to another fund</source>
        <translation>ชุดข้อมูลเหล่านี้เป็นของกองทุนอื่น</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/sync/recover.py"/>
        <source>These batches belong to more than one fund</source>
        <translation>ชุดข้อมูลเหล่านี้มาจากหลายกองทุน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/sync/fund_sync.py"/>
        <source>This acknowledgement comes from another zone ({zone})</source>
        <translation>ใบตอบรับนี้มาจากโซนอื่น ({zone})</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/sync/fund_sync.py"/>
        <source>This acknowledgement is for fund {code}, not this fund</source>
        <translation>ใบตอบรับนี้เป็นของกองทุน {code} ไม่ใช่ของกองทุนนี้</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_regulation.py"/>
        <source>This benefit has no rule yet. Add its first version to pay it.</source>
        <translation>สวัสดิการนี้ยังไม่มีระเบียบ ต้องเพิ่มฉบับแรกก่อนจึงจะจ่ายได้</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/eligibility.py"/>
        <source>This benefit is for members who are {allowed}; the member is {categories}</source>
        <translation>สวัสดิการนี้สำหรับสมาชิกกลุ่ม {allowed} แต่สมาชิกอยู่ในกลุ่ม {categories}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/eligibility.py"/>
        <source>This benefit is for {allowed}; the member is {gender}</source>
        <translation>สวัสดิการนี้สำหรับเพศ {allowed} แต่สมาชิกเป็นเพศ {gender}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/claim_amounts.py"/>
        <source>This benefit is paid per night; the claim must give the number of nights</source>
        <translation>สวัสดิการนี้จ่ายตามจำนวนคืน คำร้องต้องระบุจำนวนคืนที่นอนโรงพยาบาล</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/funds.py"/>
        <source>This database already holds a fund</source>
        <translation>ฐานข้อมูลนี้มีกองทุนอยู่แล้ว</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/sync/recover.py"/>
        <source>This database has its own event {seq}, different from the batches': it went on after the restore. Nothing was recovered; call the zone coordinator</source>
        <translation>ฐานข้อมูลนี้มีรายการที่ {seq} ของตนเองซึ่งต่างจากในชุดข้อมูล แสดงว่ามีการบันทึกต่อหลังการกู้คืน จึงยังไม่ได้กู้คืนข้อมูลใด โปรดติดต่อผู้ประสานงานโซน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/db/repos/funds.py"/>
        <source>This database holds no fund yet; create one with 'init'</source>
        <translation>ฐานข้อมูลนี้ยังไม่มีกองทุน สร้างได้ด้วยคำสั่ง 'init'</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/db/migrate.py"/>
        <source>This database was written by a newer Welfare Desk (schema {revision}); install the newer version to open it. Nothing was changed.</source>
        <translation>ฐานข้อมูลนี้บันทึกโดยโปรแกรมสวัสดิการชุมชนรุ่นที่ใหม่กว่า (โครงสร้างรุ่น {revision}) กรุณาติดตั้งรุ่นที่ใหม่กว่าเพื่อเปิดใช้งาน ข้อมูลไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/sync.py"/>
        <source>This database's history differs from what the zone accepted at event {zone}: it was restored from another backup or copied from another computer. Nothing was exported; call the zone coordinator before going on.</source>
        <translation>ประวัติข้อมูลในฐานข้อมูลนี้ไม่ตรงกับที่โซนรับไว้ ณ รายการที่ {zone} แสดงว่ากู้คืนมาจากข้อมูลสำรองอื่นหรือคัดลอกมาจากเครื่องอื่น จึงยังไม่ได้ส่งออกข้อมูล โปรดติดต่อผู้ประสานงานโซนก่อนดำเนินการต่อ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_member_tables.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_period.py"/>
        <source>This fiscal year</source>
        <translation>ปีบัญชีนี้</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/errors.py"/>
        <source>This is a fault in Welfare Desk, not your mistake. Nothing half-done was saved. Copy the details below and send them to whoever looks after this computer.</source>
        <translation>นี่เป็นข้อผิดพลาดของโปรแกรม ไม่ใช่ความผิดของท่าน ไม่มีข้อมูลที่ทำค้างไว้ถูกบันทึก กรุณาคัดลอกรายละเอียดด้านล่างส่งให้ผู้ดูแลเครื่องคอมพิวเตอร์นี้</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_sync.py"/>
        <source>This is a new database: set up sync again with --new-key and register the new key with the zone.</source>
        <translation>นี่เป็นฐานข้อมูลใหม่ ให้ตั้งค่าการส่งข้อมูลให้โซนใหม่ด้วย --new-key แล้วลงทะเบียนกุญแจใหม่กับโซน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/sync/batch.py"/>
        <source>This is not a Welfare Desk batch (BATCH.txt has no format line)</source>
        <translation>นี่ไม่ใช่ชุดข้อมูลของ Welfare Desk (BATCH.txt ไม่มีบรรทัดรูปแบบ)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/zone.py"/>
        <source>This is not a zone database; create one with 'zone init'</source>
        <translation>นี่ไม่ใช่ฐานข้อมูลของโซน ให้สร้างด้วย 'zone init'</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/sync/crypto.py"/>
        <source>This is not an age secret key (AGE-SECRET-KEY-1...)</source>
        <translation>นี่ไม่ใช่กุญแจลับของ age (AGE-SECRET-KEY-1...)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/sync_sheets.py"/>
        <source>This key opens every batch the fund has sent to the zone. With it the fund can rebuild its books from the batches if the computer is lost. Keep this sheet sealed in an envelope, signed across the flap by two committee members, in a safe place away from the computer. Anyone with this key can read the members' data in the batches.</source>
        <translation>กุญแจนี้เปิดอ่านชุดข้อมูลทุกชุดที่กองทุนส่งให้โซนได้ หากคอมพิวเตอร์สูญหาย กองทุนใช้กุญแจนี้สร้างบัญชีขึ้นใหม่จากชุดข้อมูลได้ ให้เก็บใบนี้ในซองปิดผนึก มีกรรมการสองคนลงชื่อคร่อมรอยปิดซอง และเก็บไว้ในที่ปลอดภัยแยกจากคอมพิวเตอร์ ผู้ใดมีกุญแจนี้จะอ่านข้อมูลสมาชิกในชุดข้อมูลได้</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/reports_period.py"/>
        <source>This month</source>
        <translation>เดือนนี้</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/dues_import.py"/>
        <source>This month is also in cell {cell}</source>
        <translation>เดือนนี้ซ้ำกับช่อง {cell}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/dues_import.py"/>
        <source>This month is still to come</source>
        <translation>เดือนนี้ยังมาไม่ถึง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/start.py"/>
        <source>This version of Welfare Desk keeps the fund's data in a newer form, so the database was upgraded. A copy of it as it was before is kept at:
{path}</source>
        <translation>โปรแกรมสวัสดิการชุมชนรุ่นนี้เก็บข้อมูลของกองทุนในรูปแบบที่ใหม่กว่า จึงได้ปรับรุ่นฐานข้อมูลแล้ว สำเนาฐานข้อมูลเดิมก่อนปรับรุ่นเก็บไว้ที่:
{path}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/zone.py"/>
        <location filename="../src/welfare_desk/sync/zone_sync.py"/>
        <source>This zone database exists already</source>
        <translation>มีฐานข้อมูลของโซนนี้อยู่แล้ว</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/dues.py"/>
        <location filename="../src/welfare_desk/ui/pages/dues_collection.py"/>
        <source>Tick at least one member who paid</source>
        <translation>กรุณาทำเครื่องหมายสมาชิกที่ส่งเงินอย่างน้อยหนึ่งคน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/spreadsheets/register_export.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/import_members.py"/>
        <source>Title</source>
        <translation>คำนำหน้า</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/member_form.py"/>
        <source>Title *</source>
        <translation>คำนำหน้า *</translation>
    </message>
    <message>
        <source>To</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_fund.py"/>
        <source>To rename a village, pick it in the list, change its name and save. A new number adds a village.</source>
        <translation>หากจะแก้ชื่อหมู่บ้าน ให้เลือกในรายการ แก้ชื่อแล้วกดบันทึก ใส่หมู่ที่ใหม่เพื่อเพิ่มหมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/main_window.py"/>
        <source>To the zone</source>
        <translation>ส่งข้อมูลให้โซน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_reports.py"/>
        <location filename="../src/welfare_desk/cli/report_text.py"/>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <location filename="../src/welfare_desk/printing/receipts.py"/>
        <location filename="../src/welfare_desk/printing/statement.py"/>
        <location filename="../src/welfare_desk/printing/voucher.py"/>
        <location filename="../src/welfare_desk/spreadsheets/report_sheets.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_member_tables.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_tables.py"/>
        <location filename="../src/welfare_desk/ui/pages/books.py"/>
        <source>Total</source>
        <translation>รวม</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/report_text.py"/>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_tables.py"/>
        <source>Total assets</source>
        <translation>รวมสินทรัพย์</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <location filename="../src/welfare_desk/printing/monthly.py"/>
        <location filename="../src/welfare_desk/spreadsheets/monthly_sheet.py"/>
        <location filename="../src/welfare_desk/spreadsheets/report_sheets.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_member_tables.py"/>
        <source>Total benefits paid</source>
        <translation>รวมสวัสดิการที่จ่าย</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/monthly.py"/>
        <location filename="../src/welfare_desk/spreadsheets/monthly_sheet.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_member_tables.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_tables.py"/>
        <source>Total brought forward</source>
        <translation>รวมยอดยกมา</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/monthly.py"/>
        <location filename="../src/welfare_desk/spreadsheets/monthly_sheet.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_member_tables.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_tables.py"/>
        <source>Total carried forward</source>
        <translation>รวมยอดยกไป</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/zone_report.py"/>
        <source>Total income</source>
        <translation>รายรับรวม</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/report_text.py"/>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_tables.py"/>
        <source>Total liabilities and fund balance</source>
        <translation>รวมหนี้สินและเงินกองทุน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/report_text.py"/>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <location filename="../src/welfare_desk/printing/monthly.py"/>
        <location filename="../src/welfare_desk/spreadsheets/monthly_sheet.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_member_tables.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_tables.py"/>
        <source>Total payments</source>
        <translation>รวมรายจ่าย</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/report_text.py"/>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <location filename="../src/welfare_desk/printing/monthly.py"/>
        <location filename="../src/welfare_desk/spreadsheets/monthly_sheet.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_member_tables.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_tables.py"/>
        <source>Total receipts</source>
        <translation>รวมรายรับ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/report_text.py"/>
        <location filename="../src/welfare_desk/printing/statement.py"/>
        <source>Total received (voided receipts not counted)</source>
        <translation>รวมรับทั้งสิ้น (ไม่นับใบเสร็จที่ยกเลิก)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/statement.py"/>
        <source>Total {item}</source>
        <translation>รวม{item}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/books_transfer.py"/>
        <source>Transfer between cash and bank</source>
        <translation>โอนเงินระหว่างเงินสดกับธนาคาร</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/claim_form.py"/>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <location filename="../src/welfare_desk/printing/monthly.py"/>
        <location filename="../src/welfare_desk/printing/sync_sheets.py"/>
        <source>Treasurer</source>
        <translation>เหรัญญิก</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/spreadsheets/report_sheets.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_catalog.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_tables.py"/>
        <source>Trial balance</source>
        <translation>งบทดลอง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/sync/recover.py"/>
        <source>Two batches tell different histories at event {seq}</source>
        <translation>ชุดข้อมูลสองชุดมีประวัติไม่ตรงกันที่รายการที่ {seq}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/passphrase.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/sync_setup.py"/>
        <source>Type the key passphrase</source>
        <translation>พิมพ์รหัสผ่านกุญแจ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/zone/window.py"/>
        <source>Type the passphrase of the zone's keys. They stay unlocked until this window is closed.</source>
        <translation>พิมพ์รหัสผ่านกุญแจของโซน กุญแจจะปลดล็อกอยู่จนกว่าจะปิดหน้าต่างนี้</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/zone/window.py"/>
        <source>Unlock</source>
        <translation>ปลดล็อก</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/zone/window.py"/>
        <source>Unlock the zone's keys</source>
        <translation>ปลดล็อกกุญแจของโซน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/zone/window.py"/>
        <source>Unlocking the zone's keys…</source>
        <translation>กำลังปลดล็อกกุญแจของโซน…</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_language.py"/>
        <source>Use this language</source>
        <translation>ใช้ภาษานี้</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_users.py"/>
        <source>User name</source>
        <translation>ชื่อผู้ใช้</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/first_run.py"/>
        <location filename="../src/welfare_desk/ui/pages/settings_users.py"/>
        <source>User name (one word) *</source>
        <translation>ชื่อผู้ใช้ (คำเดียว ไม่มีเว้นวรรค) *</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings.py"/>
        <source>Users</source>
        <translation>ผู้ใช้</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/receipts.py"/>
        <source>VOID</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/receipts.py"/>
        <source>VOID on {date}: {reason}</source>
        <translation>ยกเลิกเมื่อวันที่ {date}: {reason}</translation>
    </message>
    <message>
        <source>VOID: {reason}</source>
        <translation type="vanished">ยกเลิกแล้ว: {reason}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_regulation.py"/>
        <source>Version</source>
        <translation>ฉบับที่</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/benefit_rules.py"/>
        <source>Version {version} of {code} appears twice</source>
        <translation>ระเบียบ {code} ฉบับที่ {version} ซ้ำกัน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/benefit_rules.py"/>
        <source>Version {version} of {code} must take effect after version {earlier}</source>
        <translation>ระเบียบ {code} ฉบับที่ {version} ต้องมีผลหลังฉบับที่ {earlier}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_regulation.py"/>
        <source>Versions</source>
        <translation>จำนวนฉบับ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_members.py"/>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <location filename="../src/welfare_desk/spreadsheets/register_export.py"/>
        <location filename="../src/welfare_desk/spreadsheets/report_sheets.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/import_members.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/member_page.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_member_tables.py"/>
        <location filename="../src/welfare_desk/ui/models/members.py"/>
        <location filename="../src/welfare_desk/ui/pages/dues_collection.py"/>
        <source>Village</source>
        <translation>หมู่ที่</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/member_form.py"/>
        <source>Village *</source>
        <translation>หมู่บ้าน *</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/claim_form.py"/>
        <source>Village committee member, certifying</source>
        <translation>กรรมการประจำหมู่บ้าน ผู้รับรอง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_fund.py"/>
        <source>Village name</source>
        <translation>ชื่อหมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_fund.py"/>
        <source>Village name, e.g. บ้านหนองบัว</source>
        <translation>ชื่อหมู่บ้าน เช่น บ้านหนองบัว</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/first_run.py"/>
        <source>Villages (number and name, one a line) *</source>
        <translation>หมู่บ้าน (หมู่ที่และชื่อ บรรทัดละหนึ่งหมู่บ้าน) *</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_fund.py"/>
        <source>Villages (หมู่ที่)</source>
        <translation>หมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_member_tables.py"/>
        <source>Villages covered</source>
        <translation>หมู่บ้านที่มีสมาชิก</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_member_tables.py"/>
        <source>Villages covered at least {percent}%</source>
        <translation>มีสมาชิกครอบคลุมอย่างน้อยร้อยละ {percent} ของหมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/report_text.py"/>
        <source>Villages covered: {covered} of {total} ({percent}%)</source>
        <translation>หมู่บ้านที่ครอบคลุม: {covered} จาก {total} หมู่บ้าน ({percent}%)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/dues_void.py"/>
        <source>Void</source>
        <translation>ยกเลิกใบเสร็จ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/dues.py"/>
        <location filename="../src/welfare_desk/ui/pages/dues_void.py"/>
        <source>Void a receipt</source>
        <translation>ยกเลิกใบเสร็จ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/dues_void.py"/>
        <source>Void receipt {number} of {name}, {amount} baht?</source>
        <translation>ยกเลิกใบเสร็จเลขที่ {number} ของ {name} จำนวน {amount} บาท ใช่หรือไม่</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/dues_void.py"/>
        <source>Void the receipt</source>
        <translation>ยกเลิกใบเสร็จนี้</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/dues_void.py"/>
        <source>Voided on (B.E.)</source>
        <translation>วันที่ยกเลิก (พ.ศ.)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/dues.py"/>
        <source>Voiding a receipt needs a reason</source>
        <translation>การยกเลิกใบเสร็จรับเงินต้องระบุเหตุผล</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/statement.py"/>
        <source>Voucher</source>
        <translation>ใบสำคัญจ่าย</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/claims.py"/>
        <source>Waiting for a decision or payment</source>
        <translation>รอพิจารณาหรือรอจ่ายเงิน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_regulation.py"/>
        <source>Waiting period</source>
        <translation>ระยะเวลารอสิทธิ์</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/settings_rule_version.py"/>
        <source>Waiting period after joining</source>
        <translation>ระยะเวลารอสิทธิ์หลังสมัคร</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/zone_report.py"/>
        <source>Warning signs</source>
        <translation>สัญญาณเตือน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/first_run.py"/>
        <source>Welcome to Welfare Desk</source>
        <translation>ยินดีต้อนรับสู่โปรแกรมสวัสดิการชุมชน (Welfare Desk)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/first_run.py"/>
        <source>Welfare Desk keeps your fund's members, dues, benefits and account book on this computer. Start a new fund's books, or open a database file you already have (from a backup or another computer).</source>
        <translation>โปรแกรมนี้เก็บข้อมูลสมาชิก เงินสัจจะ สวัสดิการ และสมุดบัญชีของกองทุนไว้ในเครื่องนี้ เริ่มทำบัญชีของกองทุนใหม่ หรือเปิดไฟล์ฐานข้อมูลที่มีอยู่แล้ว (จากไฟล์สำรองหรือจากเครื่องอื่น)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/first_run.py"/>
        <source>Welfare Desk — first start</source>
        <translation>โปรแกรมสวัสดิการชุมชน — เริ่มใช้งานครั้งแรก</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/main_window.py"/>
        <location filename="../src/welfare_desk/ui/zone/window.py"/>
        <source>Welfare Desk — {fund}</source>
        <translation>โปรแกรมสวัสดิการชุมชน — {fund}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/main.py"/>
        <source>Welfare Desk: the books of a community welfare fund</source>
        <translation>โปรแกรมสวัสดิการชุมชน (Welfare Desk): โปรแกรมบัญชีกองทุนสวัสดิการชุมชน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_data.py"/>
        <source>What to do: enter nothing more for now. Back up the file as it is, then restore the last good backup, or call whoever looks after this computer and show them this page.</source>
        <translation>สิ่งที่ควรทำ: หยุดบันทึกข้อมูลใด ๆ ไว้ก่อน สำรองไฟล์ไว้ตามสภาพปัจจุบัน แล้วกู้คืนจากไฟล์สำรองล่าสุดที่ถูกต้อง หรือติดต่อผู้ดูแลเครื่องและให้ดูหน้านี้</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/sync_keys.py"/>
        <source>Where to save the fund's key file</source>
        <translation>ที่บันทึกไฟล์กุญแจของกองทุน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/login.py"/>
        <source>Who are you</source>
        <translation>ผู้ใช้</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/zone_report.py"/>
        <source>Whole zone</source>
        <translation>ทั้งโซน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_zone.py"/>
        <location filename="../src/welfare_desk/ui/zone/start.py"/>
        <source>With --zone-url, say where the zone's keys are: --zone-dir DIR</source>
        <translation>เมื่อใช้ --zone-url ให้ระบุที่เก็บกุญแจของโซนด้วย --zone-dir โฟลเดอร์</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/claim_amounts.py"/>
        <source>Within the cap of {cap} baht a year: {paid} baht paid this fiscal year</source>
        <translation>อยู่ในเพดานปีละ {cap} บาท (ได้รับแล้ว {paid} บาทในปีบัญชีนี้)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/claim_amounts.py"/>
        <source>Within the cap of {cap} baht per event</source>
        <translation>อยู่ในเพดานครั้งละ {cap} บาท</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/claim_amounts.py"/>
        <source>Within the lifetime cap of {cap} baht: {paid} baht paid before</source>
        <translation>อยู่ในเพดานตลอดชีวิต {cap} บาท (เคยได้รับ {paid} บาท)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_export.py"/>
        <source>Without --period: the member register as it is today, the journal whole, the trial balance and arrears as of today, the monthly report for this month, benefits and the dues grid for this fiscal year.</source>
        <translation>หากไม่ระบุ --period: ทะเบียนสมาชิกตามข้อมูลปัจจุบัน สมุดรายวันทั้งเล่ม งบทดลองและรายชื่อผู้ค้างส่ง ณ วันนี้ รายงานประจำเดือนของเดือนนี้ ส่วนสวัสดิการและตารางการส่งเงินสัจจะเป็นของปีบัญชีนี้</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/voucher.py"/>
        <source>Witness</source>
        <translation>พยาน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/members.py"/>
        <source>Working out who is in arrears…</source>
        <translation>กำลังตรวจสอบผู้ค้างส่ง…</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/first_run.py"/>
        <source>Write each village as its number and name, such as '1 บ้านหนองบัว', not '{text}'</source>
        <translation>เขียนหมู่ที่ตามด้วยชื่อหมู่บ้าน เช่น '1 บ้านหนองบัว' ไม่ใช่ '{text}'</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/zone.py"/>
        <source>Writing and checking the batch…</source>
        <translation>กำลังเขียนและตรวจสอบชุดข้อมูล…</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/zone_report.py"/>
        <source>Written to {path}</source>
        <translation>บันทึกไว้ที่ {path} แล้ว</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/funds.py"/>
        <source>Wrong password for {name}</source>
        <translation>รหัสผ่านของ {name} ไม่ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_admin.py"/>
        <source>Wrote {count} entries to {path}</source>
        <translation>บันทึกรายการบัญชี {count} รายการลงใน {path} แล้ว</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_export.py"/>
        <source>Wrote {count} members to {path}</source>
        <translation>บันทึกสมาชิก {count} คนลงไฟล์ {path} แล้ว</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_export.py"/>
        <location filename="../src/welfare_desk/cli/commands_print.py"/>
        <source>Wrote {path}</source>
        <translation>บันทึกไฟล์ {path} แล้ว</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/statement.py"/>
        <source>Year</source>
        <translation>ปี</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/reports_period.py"/>
        <source>Year (B.E.)</source>
        <translation>ปี (พ.ศ.)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/periods.py"/>
        <source>Year {year}</source>
        <translation>ปี {year}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/settings_rule_version.py"/>
        <source>Years of membership are a whole number, not '{text}'</source>
        <translation>จำนวนปีที่เป็นสมาชิกต้องเป็นจำนวนเต็ม ไม่ใช่ '{text}'</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/settings_rule_version.py"/>
        <source>Years of membership at least</source>
        <translation>เป็นสมาชิกอย่างน้อย (ปี)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/settings_password.py"/>
        <source>You are setting another user's password (for one who forgot it). Tell them the new one in person.</source>
        <translation>ท่านกำลังตั้งรหัสผ่านให้ผู้ใช้อื่น (กรณีลืมรหัสผ่าน) กรุณาแจ้งรหัสผ่านใหม่ให้เจ้าตัวทราบด้วยตนเอง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings.py"/>
        <source>You may look at the settings but not change them. Backing up and checking the data are open to everyone.</source>
        <translation>ท่านดูการตั้งค่าได้แต่แก้ไขไม่ได้ ส่วนการสำรองข้อมูลและการตรวจสอบข้อมูลทุกคนใช้ได้</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/zone.py"/>
        <source>You may look at this page; the treasurer or the committee sends the batches.</source>
        <translation>ท่านดูหน้านี้ได้ ส่วนการส่งชุดข้อมูลเป็นหน้าที่ของเหรัญญิกหรือคณะกรรมการ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/first_run.py"/>
        <source>You, the treasurer</source>
        <translation>เหรัญญิก (ผู้ใช้คนแรก)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/first_run.py"/>
        <source>Your fund</source>
        <translation>ข้อมูลกองทุน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/first_run.py"/>
        <source>Your name *</source>
        <translation>ชื่อ-นามสกุล *</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/sync_sheets.py"/>
        <location filename="../src/welfare_desk/ui/pages/zone.py"/>
        <source>Zone</source>
        <translation>โซน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/sync_sheets.py"/>
        <source>Zone coordinator</source>
        <translation>ผู้ประสานงานโซน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/sync_setup.py"/>
        <source>Zone key files (*.pub);;All files (*)</source>
        <translation>ไฟล์กุญแจของโซน (*.pub);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/zone/window.py"/>
        <source>Zone report</source>
        <translation>รายงานของโซน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/zone_report.py"/>
        <location filename="../src/welfare_desk/ui/zone/report.py"/>
        <source>Zone report: {zone}</source>
        <translation>รายงานของโซน: {zone}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_zone.py"/>
        <source>Zone {zone} is ready. Give every fund this file: {path}</source>
        <translation>โซน {zone} พร้อมใช้งานแล้ว ให้ส่งไฟล์นี้ให้ทุกกองทุน: {path}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_zone.py"/>
        <source>Zone {zone}: {funds} funds</source>
        <translation>โซน {zone}: {funds} กองทุน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_sync.py"/>
        <source>Zone: {zone}</source>
        <translation>โซน: {zone}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/sync_setup.py"/>
        <source>Zone: {zone}
The zone's key fingerprint: {fingerprint}
The zone coordinator can read it to you, to be sure the file is theirs.</source>
        <translation>โซน: {zone}
ลายนิ้วมือกุญแจของโซน: {fingerprint}
ผู้ประสานงานโซนอ่านให้ฟังได้ เพื่อให้แน่ใจว่าเป็นไฟล์ของโซนจริง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_zone.py"/>
        <source>a PostgreSQL database instead (postgresql://...)</source>
        <translation>ใช้ฐานข้อมูล PostgreSQL แทน (postgresql://...)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_admin.py"/>
        <source>a bank account, e.g. ธ.ก.ส.:020-1-23456-7 (repeatable)</source>
        <translation>บัญชีธนาคาร เช่น ธ.ก.ส.:020-1-23456-7 (ระบุได้หลายครั้ง)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_print.py"/>
        <source>a calendar year (B.E. or C.E.)</source>
        <translation>ปีปฏิทิน (พ.ศ. หรือ ค.ศ.)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_print.py"/>
        <source>a claim form, filled in for signatures</source>
        <translation>แบบคำร้องขอรับสวัสดิการ พร้อมช่องลงนาม</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_sync.py"/>
        <source>a file with the key from the sealed sheet (default: type it)</source>
        <translation>ไฟล์ที่มีกุญแจจากใบกุญแจกู้คืน (ค่าเริ่มต้น: พิมพ์เอง)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_books.py"/>
        <source>a manual journal entry</source>
        <translation>บันทึกรายการบัญชีเอง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_fund.py"/>
        <source>a member lapses after missing {n} instalments</source>
        <translation>ขาดสมาชิกภาพเมื่อขาดส่ง {n} งวด</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_members.py"/>
        <source>a member's dues by month (paid/missed)</source>
        <translation>เงินสัจจะของสมาชิกรายเดือน (ส่ง/ขาด)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_print.py"/>
        <location filename="../src/welfare_desk/cli/commands_reports.py"/>
        <source>a member's statement</source>
        <translation>รายการเคลื่อนไหวของสมาชิก</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/periods.py"/>
        <source>a month (2569-10), a fiscal year (fy2569), a year (2569), a range (1/10/2568..31/3/2569) or a day (30/9/2569)</source>
        <translation>เดือน (2569-10) ปีบัญชี (fy2569) ปี (2569) ช่วงวันที่ (1/10/2568..31/3/2569) หรือวันเดียว (30/9/2569)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_print.py"/>
        <source>a payment voucher</source>
        <translation>ใบสำคัญจ่าย</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/settings_rule_version.py"/>
        <source>a rate per night</source>
        <translation>อัตราต่อคืน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_export.py"/>
        <source>a register or report as .xlsx</source>
        <translation>ทะเบียนหรือรายงานเป็นไฟล์ .xlsx</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_admin.py"/>
        <source>a short summary of the fund</source>
        <translation>สรุปข้อมูลกองทุนโดยย่อ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_admin.py"/>
        <source>a village of the tambon, e.g. 1:บ้านหนองบัว (repeatable)</source>
        <translation>หมู่บ้านในตำบล เช่น 1:บ้านหนองบัว (ระบุได้หลายครั้ง)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_books.py"/>
        <source>account and amount, debit positive (repeat)</source>
        <translation>รหัสบัญชีและจำนวนเงิน เดบิตเป็นค่าบวก (ระบุได้หลายครั้ง)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/members.py"/>
        <source>active</source>
        <translation>ปกติ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/home.py"/>
        <source>active members who missed a payment</source>
        <translation>สมาชิกปกติที่ขาดส่งเงินสัจจะ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_admin.py"/>
        <source>add a user</source>
        <translation>เพิ่มผู้ใช้</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_admin.py"/>
        <source>add or change a dues plan</source>
        <translation>เพิ่มหรือแก้ไขแบบการส่งเงินสัจจะ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/zone_report.py"/>
        <source>administration over 20% of spending</source>
        <translation>ค่าบริหารจัดการเกินร้อยละ 20 ของรายจ่าย</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/books_close.py"/>
        <source>agrees</source>
        <translation>ตรงกัน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/zone.py"/>
        <source>already held; nothing changed</source>
        <translation>พักไว้อยู่แล้ว ไม่มีการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/zone.py"/>
        <source>already imported; nothing changed</source>
        <translation>นำเข้าไว้แล้ว ไม่มีการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/dues_void.py"/>
        <source>already void: {reason}</source>
        <translation>ยกเลิกไปแล้ว: {reason}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_zone.py"/>
        <source>an age public key that may also read the batches (the province's), repeatable</source>
        <translation>กุญแจสาธารณะ age ที่อ่านชุดข้อมูลได้ด้วย (ของจังหวัด) ระบุได้หลายครั้ง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/zone.py"/>
        <source>applied {count} events</source>
        <translation>นำเข้า {count} รายการแล้ว</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_books.py"/>
        <source>approve or reject a claim (committee)</source>
        <translation>อนุมัติหรือไม่อนุมัติคำร้อง (กรรมการ)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/report_text.py"/>
        <source>approved</source>
        <translation>อนุมัติ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/claim_text.py"/>
        <source>approved, not yet paid</source>
        <translation>อนุมัติแล้ว ยังไม่ได้จ่าย</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_regulation.py"/>
        <source>at least {years} years</source>
        <translation>อย่างน้อย {years} ปี</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/fund.py"/>
        <source>auditor</source>
        <translation>ผู้ตรวจสอบ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_export.py"/>
        <location filename="../src/welfare_desk/cli/commands_reports.py"/>
        <source>balance of every account</source>
        <translation>ยอดคงเหลือของทุกบัญชี</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_sync.py"/>
        <source>batches for the zone on a USB stick</source>
        <translation>ชุดข้อมูลสำหรับโซนบนแฟลชไดรฟ์</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/benefit_rules.py"/>
        <source>benefit amount</source>
        <translation>จำนวนเงินสวัสดิการ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_books.py"/>
        <source>benefit claims</source>
        <translation>คำร้องขอรับสวัสดิการ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/zone_report.py"/>
        <source>benefits paid beyond the fund's income in the period</source>
        <translation>จ่ายสวัสดิการเกินรายรับของกองทุนในช่วงเวลานี้</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_export.py"/>
        <source>benefits paid by type</source>
        <translation>สวัสดิการที่จ่ายแยกตามประเภท</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_reports.py"/>
        <source>benefits paid by type (people and baht)</source>
        <translation>สวัสดิการที่จ่ายแยกตามประเภท (จำนวนคนและจำนวนเงิน)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_sheets.py"/>
        <source>bring an Excel register in</source>
        <translation>นำเข้าทะเบียนจาก Excel</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/settings_rule_version.py"/>
        <source>by years of membership</source>
        <translation>ตามจำนวนปีที่เป็นสมาชิก</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/benefit_rules.py"/>
        <source>cap</source>
        <translation>เพดานเงิน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_admin.py"/>
        <source>cap per event</source>
        <translation>เพดานต่อครั้ง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_admin.py"/>
        <source>cap per lifetime</source>
        <translation>เพดานตลอดชีวิต</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_admin.py"/>
        <source>cap per year</source>
        <translation>เพดานต่อปี</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_members.py"/>
        <source>cash or bank account code</source>
        <translation>รหัสบัญชีเงินสดหรือบัญชีเงินฝากธนาคาร</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_sheets.py"/>
        <source>check every row and report, write nothing</source>
        <translation>ตรวจทุกแถวและรายงานผล โดยไม่บันทึก</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/members.py"/>
        <source>child or youth</source>
        <translation>เด็กและเยาวชน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/benefit_rules.py"/>
        <source>claim deadline in days</source>
        <translation>กำหนดยื่นคำร้อง (วัน)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_books.py"/>
        <source>close a fiscal year (with the cash count)</source>
        <translation>ปิดปีบัญชี (พร้อมยอดเงินที่ตรวจนับ)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_books.py"/>
        <source>close a month (with the cash count)</source>
        <translation>ปิดงวดเดือน (พร้อมยอดเงินที่ตรวจนับ)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/fund.py"/>
        <source>committee member</source>
        <translation>กรรมการ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/accounts.py"/>
        <source>community group profits</source>
        <translation>ผลกำไรจากกลุ่มองค์กรชุมชน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_zone.py"/>
        <source>confirm a fund's key by its fingerprint</source>
        <translation>ยืนยันกุญแจของกองทุนด้วยลายนิ้วมือกุญแจ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_zone.py"/>
        <source>confirm at once: the fingerprint the fund read out</source>
        <translation>ยืนยันทันที: ลายนิ้วมือกุญแจที่กองทุนแจ้ง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/zone_report.py"/>
        <source>confirmed</source>
        <translation>ยืนยันแล้ว</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_admin.py"/>
        <source>copy the database to a folder, verified</source>
        <translation>สำรองฐานข้อมูลไว้ในโฟลเดอร์ พร้อมตรวจสอบความถูกต้อง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_admin.py"/>
        <source>create a fund in a new database</source>
        <translation>สร้างกองทุนในฐานข้อมูลใหม่</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_admin.py"/>
        <source>create a realistic demo fund</source>
        <translation>สร้างกองทุนตัวอย่างที่ใกล้เคียงของจริง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_sync.py"/>
        <source>create the fund's keys and take the zone's key</source>
        <translation>สร้างกุญแจของกองทุนและรับกุญแจของโซน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_zone.py"/>
        <source>create the zone and its keys</source>
        <translation>สร้างโซนและกุญแจของโซน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_sheets.py"/>
        <source>date every receipt on this day instead</source>
        <translation>ลงวันที่ใบเสร็จทุกใบเป็นวันที่ที่ระบุแทน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/settings_rule_version.py"/>
        <source>days</source>
        <translation>วัน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/widgets/fields.py"/>
        <source>dd/mm/yyyy</source>
        <translation>วว/ดด/ปปปป</translation>
    </message>
    <message>
        <source>dd/mm/yyyy (B.E.)</source>
        <translation type="vanished">วว/ดด/ปปปป (พ.ศ.)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/members.py"/>
        <source>deceased</source>
        <translation>เสียชีวิต</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_users.py"/>
        <source>decides claims, reopens closed months, may also keep the books</source>
        <translation>พิจารณาอนุมัติสวัสดิการ เปิดงวดที่ปิดแล้ว และบันทึกบัญชีได้</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/zone_report.py"/>
        <source>default: from the file name, else text</source>
        <translation>ค่าเริ่มต้น: ตามนามสกุลไฟล์ ถ้าไม่มีแสดงเป็นข้อความ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/books_close.py"/>
        <source>differs by {amount}</source>
        <translation>ต่างกัน {amount}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/members.py"/>
        <source>disabled</source>
        <translation>ผู้พิการ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/members.py"/>
        <source>disadvantaged</source>
        <translation>ผู้ด้อยโอกาส</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/accounts.py"/>
        <source>donations</source>
        <translation>เงินบริจาค</translation>
    </message>
    <message>
        <source>due</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/member_page.py"/>
        <source>due now</source>
        <translation>รอส่ง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/member_page.py"/>
        <source>due this month, not paid yet</source>
        <translation>ถึงกำหนดส่งเดือนนี้ ยังไม่ได้ส่ง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_members.py"/>
        <source>dues and receipts</source>
        <translation>เงินสัจจะและใบเสร็จรับเงิน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_sheets.py"/>
        <source>dues history from an .xlsx sheet of members by month</source>
        <translation>ประวัติการส่งเงินสัจจะจากไฟล์ .xlsx (สมาชิกรายคน แยกตามเดือน)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/statement.py"/>
        <location filename="../src/welfare_desk/spreadsheets/report_sheets.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/member_page.py"/>
        <source>dues missed</source>
        <translation>ขาด</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/statement.py"/>
        <location filename="../src/welfare_desk/spreadsheets/report_sheets.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/member_page.py"/>
        <source>dues paid</source>
        <translation>ส่ง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_members.py"/>
        <source>dues plan code (default M30)</source>
        <translation>รหัสแบบการส่งเงินสัจจะ (ค่าเริ่มต้น M30)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/books_close.py"/>
        <source>e.g. a receipt of that month was not entered</source>
        <translation>เช่น ลืมบันทึกใบเสร็จรับเงินของเดือนนั้น</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/books_transfer.py"/>
        <source>e.g. deposit of the dues collected</source>
        <translation>เช่น นำเงินสัจจะที่เก็บได้ฝากธนาคาร</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/claim_decide.py"/>
        <source>e.g. meeting 5/2569</source>
        <translation>เช่น ประชุมครั้งที่ 5/2569</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/books_entry.py"/>
        <source>e.g. office supplies for the meeting</source>
        <translation>เช่น ค่าวัสดุสำนักงานสำหรับการประชุม</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/books_transfer.py"/>
        <source>e.g. posted to the wrong account</source>
        <translation>เช่น ลงบัญชีผิด</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/settings_rule_version.py"/>
        <source>e.g. ข้อ 11</source>
        <translation>เช่น ข้อ 11</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/settings_rule_version.py"/>
        <source>e.g. แก้ไขเพิ่มเติมครั้งที่ 2</source>
        <translation>เช่น แก้ไขเพิ่มเติมครั้งที่ 2</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/zone_report.py"/>
        <source>each fund and the whole zone, with warning signs</source>
        <translation>แต่ละกองทุนและทั้งโซน พร้อมสัญญาณเตือน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_regulation.py"/>
        <source>earlier version</source>
        <translation>ฉบับก่อน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/members.py"/>
        <source>elderly</source>
        <translation>ผู้สูงอายุ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/accounts.py"/>
        <source>entry fees</source>
        <translation>ค่าสมัครสมาชิก</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_print.py"/>
        <source>every active member</source>
        <translation>สมาชิกปกติทุกคน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_export.py"/>
        <source>every active member's dues by month of a year</source>
        <translation>การส่งเงินสัจจะรายเดือนของสมาชิกปกติทุกคนในปีที่เลือก</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_plans.py"/>
        <source>every month</source>
        <translation>ทุกเดือน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_print.py"/>
        <source>every receipt of a month</source>
        <translation>ใบเสร็จทุกใบของเดือน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_plans.py"/>
        <source>every {n} months</source>
        <translation>ทุก {n} เดือน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_admin.py"/>
        <source>export data</source>
        <translation>ส่งออกข้อมูล</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/member_form.py"/>
        <source>female</source>
        <translation>หญิง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_books.py"/>
        <source>file a claim and see the assessment</source>
        <translation>ยื่นคำร้องและดูผลการตรวจสอบสิทธิ์</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_reports.py"/>
        <source>financial position</source>
        <translation>งบแสดงฐานะการเงิน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_members.py"/>
        <source>find members by name, number or ID digits</source>
        <translation>ค้นหาสมาชิกจากชื่อ เลขที่สมาชิก หรือตัวเลขในเลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_admin.py"/>
        <source>first day of the fiscal year (default 10-01)</source>
        <translation>วันแรกของปีบัญชี (ค่าเริ่มต้น 10-01)</translation>
    </message>
    <message>
        <source>fiscal year</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_reports.py"/>
        <source>fiscal year (ending)</source>
        <translation>ปีบัญชี (ปีที่สิ้นสุด)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/zone_report.py"/>
        <source>fiscal year, B.E. or C.E. (default: the current one)</source>
        <translation>ปีบัญชี เป็น พ.ศ. หรือ ค.ศ. (ค่าเริ่มต้น: ปีบัญชีปัจจุบัน)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_regulation.py"/>
        <source>from {date}</source>
        <translation>เริ่ม {date}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_export.py"/>
        <source>full national IDs (recorded in the fund's history)</source>
        <translation>แสดงเลขประจำตัวประชาชนเต็ม (บันทึกไว้ในประวัติของกองทุน)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/members.py"/>
        <source>general</source>
        <translation>ทั่วไป</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/accounts.py"/>
        <source>government via CODI</source>
        <translation>เงินสมทบจากรัฐบาลผ่าน พอช.</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/zone.py"/>
        <source>held: events {first}-{last} are missing; it is applied when they arrive</source>
        <translation>พักไว้: ยังขาดรายการที่ {first}-{last} จะนำเข้าเมื่อได้รับรายการที่ขาด</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_books.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/books_common.py"/>
        <source>help to a non-member</source>
        <translation>ช่วยเหลือผู้ที่ไม่ใช่สมาชิก</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_zone.py"/>
        <source>import batch folders (or whole sticks)</source>
        <translation>นำเข้าโฟลเดอร์ชุดข้อมูล (หรือทั้งแฟลชไดรฟ์)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/home.py"/>
        <source>in</source>
        <translation>รับ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_regulation.py"/>
        <source>in force</source>
        <translation>ใช้บังคับอยู่</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/accounts.py"/>
        <source>interest</source>
        <translation>ดอกเบี้ยเงินฝาก</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_sheets.py"/>
        <source>join date for rows without one (default today)</source>
        <translation>วันที่สมัครสำหรับแถวที่ไม่มี (ค่าเริ่มต้นคือวันนี้)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_zone.py"/>
        <source>keep keyed pseudonyms instead of national IDs (a province, the nation)</source>
        <translation>เก็บนามแฝงที่สร้างด้วยกุญแจแทนเลขประจำตัวประชาชน (ระดับจังหวัด ระดับประเทศ)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_users.py"/>
        <source>keeps the books: members, dues, payments, closing months</source>
        <translation>บันทึกบัญชี: สมาชิก เงินสัจจะ การจ่าย และปิดงวดเดือน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/main.py"/>
        <source>language of messages (Thai by default)</source>
        <translation>ภาษาของข้อความ (ค่าเริ่มต้นเป็นภาษาไทย)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/members.py"/>
        <source>lapsed</source>
        <translation>ขาดสมาชิกภาพ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_admin.py"/>
        <source>last day of the demo's history (default today)</source>
        <translation>วันสุดท้ายของข้อมูลตัวอย่าง (ค่าเริ่มต้นคือวันนี้)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/login.py"/>
        <source>leave empty if you have no password</source>
        <translation>เว้นว่างไว้หากไม่มีรหัสผ่าน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/claim_decide.py"/>
        <source>left empty: the beneficiary's ID on record</source>
        <translation>เว้นว่างไว้: ใช้เลขของผู้รับผลประโยชน์ที่บันทึกไว้</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_admin.py"/>
        <source>list users</source>
        <translation>รายชื่อผู้ใช้</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/accounts.py"/>
        <source>local government</source>
        <translation>เงินสมทบจาก อปท.</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/member_form.py"/>
        <source>male</source>
        <translation>ชาย</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/books_common.py"/>
        <source>manual entry</source>
        <translation>รายการทั่วไป</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_print.py"/>
        <source>mark both halves as copies</source>
        <translation>พิมพ์เป็นสำเนาทั้งสองส่วน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_books.py"/>
        <source>mark members as matched</source>
        <translation>บันทึกว่าสมาชิกได้รับเงินสมทบจากรัฐบาลผ่าน พอช. แล้ว</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/benefit_rules.py"/>
        <source>maximum age</source>
        <translation>อายุสูงสุด</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_books.py"/>
        <source>meeting reference (ครั้งที่ ...)</source>
        <translation>อ้างอิงการประชุม (ครั้งที่ ...)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_print.py"/>
        <source>member cards, ten to an A4 sheet</source>
        <translation>บัตรสมาชิก แผ่น A4 ละ 10 ใบ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_reports.py"/>
        <source>members by status, category, village and age</source>
        <translation>สมาชิกแยกตามสถานะ กลุ่ม หมู่บ้าน และอายุ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_members.py"/>
        <source>members due to lapse under the fund's rule</source>
        <translation>สมาชิกที่ครบกำหนดขาดสมาชิกภาพตามระเบียบของกองทุน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_books.py"/>
        <source>members eligible on 30 September</source>
        <translation>สมาชิกที่มีสิทธิ์ ณ วันที่ 30 กันยายน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_sheets.py"/>
        <source>members from an .xlsx register</source>
        <translation>สมาชิกจากทะเบียนไฟล์ .xlsx</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_export.py"/>
        <location filename="../src/welfare_desk/cli/commands_print.py"/>
        <source>members in arrears</source>
        <translation>สมาชิกที่ค้างส่ง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/zone_report.py"/>
        <source>members matched more than 3 times</source>
        <translation>สมาชิกได้รับเงินสมทบเกิน 3 ครั้ง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_export.py"/>
        <source>members only: full national IDs (recorded in the fund's history)</source>
        <translation>เฉพาะทะเบียนสมาชิก: แสดงเลขประจำตัวประชาชนเต็ม (บันทึกไว้ในประวัติของกองทุน)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_reports.py"/>
        <source>members with missed instalments</source>
        <translation>สมาชิกที่ขาดส่งเงินสัจจะ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_member_tables.py"/>
        <source>members' dues</source>
        <translation>เงินสัจจะจากสมาชิก</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_member_tables.py"/>
        <source>met</source>
        <translation>ผ่าน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/benefit_rules.py"/>
        <source>minimum age</source>
        <translation>อายุขั้นต่ำ</translation>
    </message>
    <message>
        <source>missed</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/lapses.py"/>
        <source>missed {count} instalments</source>
        <translation>ขาดส่งเงินสัจจะ {count} งวด</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/member_page.py"/>
        <source>missed: the instalment is late</source>
        <translation>ขาดส่ง: เลยกำหนดส่งแล้ว</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/books_common.py"/>
        <source>money received</source>
        <translation>รับเงิน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_books.py"/>
        <source>money received by source</source>
        <translation>เงินที่ได้รับแยกตามแหล่งที่มา</translation>
    </message>
    <message>
        <source>month</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_admin.py"/>
        <source>months one instalment covers (1, 2, 3, 4, 6 or 12)</source>
        <translation>จำนวนเดือนต่องวด (1, 2, 3, 4, 6 หรือ 12)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/benefit_rules.py"/>
        <source>most claims a year</source>
        <translation>จำนวนครั้งสูงสุดต่อปี</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/benefit_rules.py"/>
        <source>most claims in a lifetime</source>
        <translation>จำนวนครั้งสูงสุดตลอดชีวิต</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/benefit_rules.py"/>
        <source>most nights a claim</source>
        <translation>จำนวนคืนสูงสุดต่อครั้ง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_members.py"/>
        <source>move a member to another dues plan</source>
        <translation>เปลี่ยนแบบการส่งเงินสัจจะของสมาชิก</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_books.py"/>
        <source>move money between cash and bank</source>
        <translation>โอนเงินระหว่างเงินสดกับบัญชีธนาคาร</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/voucher.py"/>
        <source>national ID {id}</source>
        <translation>เลขประจำตัวประชาชน {id}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/home.py"/>
        <location filename="../src/welfare_desk/ui/pages/zone.py"/>
        <source>never sent</source>
        <translation>ยังไม่เคยส่ง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/settings_rule_version.py"/>
        <source>nights</source>
        <translation>คืน</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/zone_report.py"/>
        <source>no batch for more than 60 days</source>
        <translation>ไม่ได้ส่งข้อมูลเกิน 60 วัน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/settings_rule_version.py"/>
        <source>no limit</source>
        <translation>ไม่กำหนด</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/claim_form.py"/>
        <location filename="../src/welfare_desk/ui/pages/settings_regulation.py"/>
        <source>none</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/zone.py"/>
        <source>none yet</source>
        <translation>ยังไม่มี</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_data.py"/>
        <source>not chosen yet</source>
        <translation>ยังไม่ได้เลือก</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/zone_report.py"/>
        <location filename="../src/welfare_desk/ui/zone/confirm.py"/>
        <source>not confirmed</source>
        <translation>ยังไม่ได้ยืนยัน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_member_tables.py"/>
        <source>not met</source>
        <translation>ไม่ผ่าน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/member_form.py"/>
        <source>not stated</source>
        <translation>ไม่ระบุ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_member_tables.py"/>
        <location filename="../src/welfare_desk/ui/pages/dues_quick.py"/>
        <source>nothing yet</source>
        <translation>ยังไม่เคยส่ง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_members.py"/>
        <source>one member</source>
        <translation>ข้อมูลสมาชิกหนึ่งคน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/books_common.py"/>
        <source>opening balances</source>
        <translation>ยอดยกมาเริ่มต้น</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/members.py"/>
        <source>orphan</source>
        <translation>เด็กกำพร้า</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/accounts.py"/>
        <source>other agencies</source>
        <translation>เงินสนับสนุนจากหน่วยงานอื่น</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/home.py"/>
        <source>out</source>
        <translation>จ่าย</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/report_text.py"/>
        <location filename="../src/welfare_desk/ui/claim_text.py"/>
        <source>paid</source>
        <translation>จ่ายแล้ว</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/member_page.py"/>
        <source>paid for this month</source>
        <translation>ส่งแล้ว</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/claim_text.py"/>
        <source>paid {date}</source>
        <translation>จ่ายแล้ว {date}</translation>
    </message>
    <message>
        <source>part</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/spreadsheets/report_sheets.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/member_page.py"/>
        <source>part paid</source>
        <translation>บางส่วน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/member_page.py"/>
        <source>partly paid</source>
        <translation>ส่งแล้วบางส่วน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_books.py"/>
        <source>pay an approved claim with a payment voucher</source>
        <translation>จ่ายเงินตามคำร้องที่อนุมัติแล้วด้วยใบสำคัญจ่าย</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/books_common.py"/>
        <source>payment voucher</source>
        <translation>ใบสำคัญจ่าย</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/report_text.py"/>
        <source>people</source>
        <translation>คน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/zone.py"/>
        <source>quarantined: this batch tells a different history from what the zone accepted at event {seq} (zone head {zone}, batch head {batch}); nothing was applied. The fund was probably restored from an old backup: call the fund</source>
        <translation>พักไว้ตรวจสอบ: ชุดข้อมูลนี้มีประวัติต่างจากที่โซนรับไว้ ณ รายการที่ {seq} (ของโซน {zone} ของชุดข้อมูล {batch}) จึงไม่ได้นำเข้า กองทุนอาจกู้คืนจากข้อมูลสำรองเก่า โปรดติดต่อกองทุน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/benefit_rules.py"/>
        <source>rate per night</source>
        <translation>อัตราต่อคืน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_users.py"/>
        <source>reads everything, changes nothing</source>
        <translation>ดูได้ทุกอย่าง แก้ไขไม่ได้</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_sync.py"/>
        <source>rebuild the fund from its own batches with the recovery key</source>
        <translation>สร้างข้อมูลกองทุนขึ้นใหม่จากชุดข้อมูลที่เคยส่ง ด้วยกุญแจกู้คืน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/books_common.py"/>
        <source>receipt</source>
        <translation>ใบเสร็จรับเงิน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_reports.py"/>
        <source>receipts and payments for a period</source>
        <translation>งบรายรับ-รายจ่ายของงวด</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_print.py"/>
        <source>receipts: original and copy</source>
        <translation>ใบเสร็จรับเงิน: ต้นฉบับและสำเนา</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_books.py"/>
        <source>record a cash count or bank balance</source>
        <translation>บันทึกยอดเงินสดที่ตรวจนับหรือยอดเงินฝากธนาคาร</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_members.py"/>
        <source>record a status change</source>
        <translation>บันทึกการเปลี่ยนสถานะ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_members.py"/>
        <source>record the lapses</source>
        <translation>บันทึกการขาดสมาชิกภาพ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_zone.py"/>
        <source>register a fund's key file</source>
        <translation>ลงทะเบียนไฟล์กุญแจของกองทุน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_members.py"/>
        <source>register a member</source>
        <translation>ลงทะเบียนสมาชิก</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/report_text.py"/>
        <location filename="../src/welfare_desk/ui/claim_text.py"/>
        <source>rejected</source>
        <translation>ไม่อนุมัติ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/members.py"/>
        <source>removed</source>
        <translation>ให้ออก</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_books.py"/>
        <source>reopen a closed period (a second committee member)</source>
        <translation>เปิดงวดที่ปิดแล้วอีกครั้ง (โดยกรรมการอีกคนหนึ่ง)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_admin.py"/>
        <source>replace the database with a backup</source>
        <translation>กู้คืนฐานข้อมูลจากไฟล์สำรอง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_sync.py"/>
        <source>replace the fund's signing and recovery keys</source>
        <translation>เปลี่ยนกุญแจลงนามและกุญแจกู้คืนของกองทุนใหม่</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_reports.py"/>
        <source>reports</source>
        <translation>รายงาน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/members.py"/>
        <source>resigned</source>
        <translation>ลาออก</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/books_common.py"/>
        <source>reversal</source>
        <translation>กลับรายการ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_books.py"/>
        <source>reverse a posted entry</source>
        <translation>กลับรายการบัญชีที่บันทึกแล้ว</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/zone_report.py"/>
        <source>revoked</source>
        <translation>เพิกถอนแล้ว</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_admin.py"/>
        <source>set a village's name</source>
        <translation>ตั้งชื่อหมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_zone.py"/>
        <source>stop trusting a fund's key</source>
        <translation>เพิกถอนกุญแจของกองทุน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_members.py"/>
        <source>take a member's dues; prints the receipt number</source>
        <translation>รับเงินสัจจะจากสมาชิก และแสดงเลขที่ใบเสร็จรับเงิน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_sync.py"/>
        <source>take the zone's acknowledgement</source>
        <translation>รับใบตอบรับจากโซน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_zone.py"/>
        <source>the accepted batches and the funds' keys, unchanged, for the province</source>
        <translation>ชุดข้อมูลที่รับไว้และกุญแจของกองทุน โดยไม่แก้ไข สำหรับส่งต่อให้จังหวัด</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_books.py"/>
        <source>the account book</source>
        <translation>สมุดบัญชี</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_admin.py"/>
        <source>the benefit regulation in force</source>
        <translation>ระเบียบสวัสดิการที่ใช้บังคับ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_reports.py"/>
        <source>the cash book or a bank book for a period</source>
        <translation>สมุดเงินสดหรือสมุดเงินฝากธนาคารในช่วงเวลาที่กำหนด</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_sheets.py"/>
        <source>the cash or bank account the money went to (default 1101, cash)</source>
        <translation>บัญชีเงินสดหรือเงินฝากธนาคารที่รับเงิน (ถ้าไม่ระบุคือ 1101 เงินสด)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_print.py"/>
        <location filename="../src/welfare_desk/cli/commands_reports.py"/>
        <source>the figures of CODI's fund status form</source>
        <translation>ตัวเลขตามแบบแสดงสถานะกองทุนสวัสดิการชุมชน (พอช.)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_print.py"/>
        <source>the fiscal year, by the year it ends in (B.E. or C.E.)</source>
        <translation>ปีบัญชี ระบุปีที่ปีบัญชีสิ้นสุด (พ.ศ. หรือ ค.ศ.)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_admin.py"/>
        <source>the fund's CODI code</source>
        <translation>รหัสกองทุนของ พอช.</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/main.py"/>
        <source>the fund's database file</source>
        <translation>ไฟล์ฐานข้อมูลของกองทุน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_sync.py"/>
        <source>the fund's key, zone and batches</source>
        <translation>กุญแจ โซน และชุดข้อมูลของกองทุน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_admin.py"/>
        <source>the fund's name</source>
        <translation>ชื่อกองทุน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_print.py"/>
        <source>the fund's paper as PDF</source>
        <translation>พิมพ์เอกสารของกองทุนเป็นไฟล์ PDF</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_zone.py"/>
        <source>the funds, their keys and batches</source>
        <translation>กองทุน กุญแจ และชุดข้อมูล</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/claim_decide.py"/>
        <source>the heir's title, first and last name</source>
        <translation>คำนำหน้า ชื่อ และนามสกุลของทายาท</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_export.py"/>
        <source>the journal, every posting</source>
        <translation>สมุดรายวันทั่วไป ทุกรายการ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_members.py"/>
        <source>the member register</source>
        <translation>ทะเบียนสมาชิก</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_export.py"/>
        <source>the member register as .xlsx or .csv</source>
        <translation>ทะเบียนสมาชิกเป็นไฟล์ .xlsx หรือ .csv</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_print.py"/>
        <location filename="../src/welfare_desk/cli/commands_reports.py"/>
        <source>the month's report for the committee</source>
        <translation>รายงานประจำเดือนสำหรับคณะกรรมการ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_admin.py"/>
        <source>the name shown</source>
        <translation>ชื่อที่แสดง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_books.py"/>
        <source>the payee's national ID</source>
        <translation>เลขประจำตัวประชาชนของผู้รับเงิน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/settings_rule_version.py"/>
        <source>the same amount each claim</source>
        <translation>จำนวนเท่ากันทุกครั้ง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_admin.py"/>
        <source>the whole book as an hledger/ledger journal</source>
        <translation>บัญชีทั้งหมดในรูปแบบสมุดรายวันของ hledger/ledger</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_print.py"/>
        <source>the year's report for the annual general assembly</source>
        <translation>รายงานประจำปีสำหรับที่ประชุมใหญ่สามัญประจำปี</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/zone.py"/>
        <source>the zone holds events up to {seq} (issued {date})</source>
        <translation>โซนมีข้อมูลถึงรายการที่ {seq} (ออกเมื่อ {date})</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_zone.py"/>
        <source>the zone's SQLite database file</source>
        <translation>ไฟล์ฐานข้อมูล SQLite ของโซน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/sync_setup.py"/>
        <source>the zone's key file (zone.pub)</source>
        <translation>ไฟล์กุญแจของโซน (zone.pub)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_zone.py"/>
        <source>the zone's keys and batch archive (default: beside the database file; needed with --zone-url)</source>
        <translation>ที่เก็บกุญแจและชุดข้อมูลของโซน (ค่าเริ่มต้น: ข้างไฟล์ฐานข้อมูล ต้องระบุเมื่อใช้ --zone-url)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_zone.py"/>
        <source>the zone's name</source>
        <translation>ชื่อโซน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_zone.py"/>
        <source>the zone: merge the funds' batches</source>
        <translation>โซน: รวมชุดข้อมูลของกองทุน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/reports_period.py"/>
        <source>to date</source>
        <translation>ถึงวันที่</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/claim_text.py"/>
        <source>to pay</source>
        <translation>รอจ่าย</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/home.py"/>
        <source>today</source>
        <translation>วันนี้</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/books_common.py"/>
        <source>transfer</source>
        <translation>โอนเงิน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/fund.py"/>
        <source>treasurer</source>
        <translation>เหรัญญิก</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_member_tables.py"/>
        <location filename="../src/welfare_desk/ui/pages/home.py"/>
        <source>unknown</source>
        <translation>ไม่ทราบ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_admin.py"/>
        <source>users of the app</source>
        <translation>ผู้ใช้โปรแกรม</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_admin.py"/>
        <source>verify the database, its history and the books</source>
        <translation>ตรวจสอบฐานข้อมูล ประวัติการเปลี่ยนแปลง และบัญชี</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/benefit_rules.py"/>
        <source>version number</source>
        <translation>เลขฉบับ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_members.py"/>
        <location filename="../src/welfare_desk/cli/report_text.py"/>
        <source>village</source>
        <translation>หมู่ที่</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/report_text.py"/>
        <source>void</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_members.py"/>
        <source>void a receipt (its number is kept)</source>
        <translation>ยกเลิกใบเสร็จรับเงิน (เลขที่ยังคงอยู่ในเล่ม)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/member_page.py"/>
        <source>void: {reason}</source>
        <translation>ยกเลิก: {reason}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/report_text.py"/>
        <source>waiting</source>
        <translation>รอพิจารณา</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/claim_text.py"/>
        <source>waiting for a decision</source>
        <translation>รอพิจารณา</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/benefit_rules.py"/>
        <source>waiting period in days</source>
        <translation>ระยะเวลารอสิทธิ์ (วัน)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_zone.py"/>
        <source>where to write the ACK files (default: beside each batch)</source>
        <translation>ที่เขียนใบตอบรับ (ค่าเริ่มต้น: ข้างชุดข้อมูลแต่ละชุด)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_sync.py"/>
        <source>where to write the registration and recovery key sheets (PDF)</source>
        <translation>ที่บันทึกแบบลงทะเบียนและใบกุญแจกู้คืน (PDF)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/main.py"/>
        <source>who is doing this (user name)</source>
        <translation>ผู้ทำรายการ (ชื่อผู้ใช้)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_books.py"/>
        <source>who is paid (default: the member; for a death benefit the beneficiary, and the heir's name is needed when there is none)</source>
        <translation>ผู้รับเงิน (ค่าเริ่มต้น: สมาชิก สำหรับสวัสดิการกรณีเสียชีวิตคือผู้รับผลประโยชน์ และต้องระบุชื่อทายาทเมื่อไม่มีผู้รับผลประโยชน์)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_sync.py"/>
        <source>write the events the zone has not acknowledged</source>
        <translation>เขียนรายการที่โซนยังไม่ได้ตอบรับลงแฟลชไดรฟ์</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_sheets.py"/>
        <source>write the rejected rows and their reasons here</source>
        <translation>บันทึกแถวที่ไม่ผ่านพร้อมเหตุผลลงไฟล์นี้</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/books_common.py"/>
        <source>year-end closing</source>
        <translation>ปิดบัญชีสิ้นปี</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/benefit_rules.py"/>
        <source>years of membership</source>
        <translation>จำนวนปีที่เป็นสมาชิก</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_member_tables.py"/>
        <source>{ages} years</source>
        <translation>{ages} ปี</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_regulation.py"/>
        <source>{amount} baht</source>
        <translation>{amount} บาท</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_regulation.py"/>
        <source>{amount} baht a claim</source>
        <translation>ครั้งละ {amount} บาท</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/zone/funds.py"/>
        <source>{batches} batches and {keys} fund keys are in {folder}, unchanged, for the province.</source>
        <translation>ชุดข้อมูล {batches} ชุดและไฟล์กุญแจของกองทุน {keys} ไฟล์ อยู่ใน {folder} แล้ว โดยไม่แก้ไข สำหรับส่งให้จังหวัด</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_zone.py"/>
        <source>{batches} batches of {funds} funds copied to {path}, unchanged; the province registers the funds' key files and imports the folder.</source>
        <translation>คัดลอกชุดข้อมูล {batches} ชุดของ {funds} กองทุนไปที่ {path} แล้ว โดยไม่แก้ไข ให้จังหวัดลงทะเบียนไฟล์กุญแจของกองทุน แล้วนำเข้าโฟลเดอร์นี้</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/claim_decide.py"/>
        <source>{benefit} for {member}: {amount} baht</source>
        <translation>สวัสดิการ: {benefit} ของ {member} จำนวน {amount} บาท</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/voucher.py"/>
        <source>{benefit} under the fund's regulation, {clause}</source>
        <translation>{benefit} ตามระเบียบกองทุน {clause}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_regulation.py"/>
        <source>{benefit}, version {version}</source>
        <translation>{benefit} ฉบับที่ {version}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/eligibility.py"/>
        <source>{benefit}: judged by {clause} ({amendment}), version {version}, in force on the event date</source>
        <translation>{benefit}: พิจารณาตาม{clause} ({amendment}) ฉบับที่ {version} ซึ่งใช้บังคับในวันที่เกิดเหตุ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/eligibility.py"/>
        <source>{benefit}: judged by {clause}, version {version}, in force on the event date</source>
        <translation>{benefit}: พิจารณาตาม{clause} ฉบับที่ {version} ซึ่งใช้บังคับในวันที่เกิดเหตุ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/settings_rule_version.py"/>
        <source>{benefit}: new version {version}</source>
        <translation>{benefit}: เพิ่มฉบับที่ {version}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/common.py"/>
        <location filename="../src/welfare_desk/services/reports/books.py"/>
        <source>{code} is not a cash or bank account of this fund</source>
        <translation>{code} ไม่ใช่บัญชีเงินสดหรือบัญชีเงินฝากธนาคารของกองทุนนี้</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_zone.py"/>
        <source>{code} {name}: key {key} {status}; events {head}; held {held}; quarantined {quarantined}</source>
        <translation>{code} {name}: กุญแจ {key} {status} รายการ {head} รอ {held} ชุด พักไว้ตรวจสอบ {quarantined} ชุด</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/home.py"/>
        <source>{count} active</source>
        <translation>ปกติ {count} คน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/dues_import.py"/>
        <source>{count} members are called {name}; add the member no. or the national ID</source>
        <translation>มีสมาชิกชื่อ {name} อยู่ {count} คน ให้ใส่เลขที่สมาชิกหรือเลขบัตรประชาชนด้วย</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_books.py"/>
        <source>{count} members are eligible for matching on {date}</source>
        <translation>สมาชิก {count} คนมีสิทธิ์ได้รับเงินสมทบจากรัฐบาลผ่าน พอช. ณ วันที่ {date}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_member_tables.py"/>
        <source>{count} members in arrears</source>
        <translation>ค้างส่ง {count} คน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/codi.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_member_tables.py"/>
        <source>{covered} of {total} ({percent}%)</source>
        <translation>{covered} จาก {total} หมู่บ้าน ({percent}%)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/common.py"/>
        <source>{date} is in a closed period ({first} to {last}); a committee member must reopen it first</source>
        <translation>วันที่ {date} อยู่ในงวดที่ปิดแล้ว ({first} ถึง {last}) ต้องให้กรรมการเปิดงวดก่อน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/eligibility.py"/>
        <source>{days} days a member on the event date; the waiting period is {required} days</source>
        <translation>เป็นสมาชิก {days} วัน ณ วันที่เกิดเหตุ ครบระยะเวลารอสิทธิ์ {required} วัน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_regulation.py"/>
        <source>{days} days after joining</source>
        <translation>{days} วันหลังสมัคร</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/home.py"/>
        <source>{days} days ago</source>
        <translation>{days} วันที่แล้ว</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_regulation.py"/>
        <source>{days} days of the event</source>
        <translation>{days} วันนับจากวันเกิดเหตุ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/books.py"/>
        <source>{entries} entries · total debit {debit} · total credit {credit} baht</source>
        <translation>{entries} รายการ · รวมเดบิต {debit} · รวมเครดิต {credit} บาท</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_data.py"/>
        <source>{events} changes recorded, all verified. Nothing needs doing.</source>
        <translation>มีการบันทึก {events} รายการ ตรวจสอบแล้วถูกต้องทั้งหมด ไม่ต้องทำอะไรเพิ่ม</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/sync/batch_files.py"/>
        <source>{file} is damaged (not text)</source>
        <translation>ไฟล์ {file} เสียหาย (ไม่ใช่ข้อความ)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/sync/batch_files.py"/>
        <source>{file} is larger than a batch file can be</source>
        <translation>ไฟล์ {file} ใหญ่เกินกว่าที่ไฟล์ชุดข้อมูลจะเป็นได้</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/periods.py"/>
        <location filename="../src/welfare_desk/cli/zone_report.py"/>
        <location filename="../src/welfare_desk/printing/monthly.py"/>
        <location filename="../src/welfare_desk/printing/statement.py"/>
        <location filename="../src/welfare_desk/spreadsheets/monthly_sheet.py"/>
        <location filename="../src/welfare_desk/spreadsheets/report_sheets.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/reports_period.py"/>
        <source>{first} to {last}</source>
        <translation>{first} ถึง {last}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/services/books.py"/>
        <source>{first} to {last} is already closed</source>
        <translation>งวด {first} ถึง {last} ปิดไปแล้ว</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_sheets.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/import_members.py"/>
        <source>{good} members imported, {bad} rows rejected, header on row {header}</source>
        <translation>นำเข้าสมาชิก {good} คน ไม่ผ่าน {bad} แถว (หัวตารางอยู่แถวที่ {header})</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_sheets.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/import_members.py"/>
        <source>{good} rows good, {bad} rejected, header on row {header}</source>
        <translation>ผ่าน {good} แถว ไม่ผ่าน {bad} แถว (หัวตารางอยู่แถวที่ {header})</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/zone.py"/>
        <source>{head} in all; the zone acknowledged {acked}; {waiting} waiting to be sent</source>
        <translation>ทั้งหมด {head} รายการ โซนตอบรับแล้ว {acked} รายการ รอส่ง {waiting} รายการ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/statement.py"/>
        <source>{item}: voided ({amount} baht, not counted): {reason}</source>
        <translation>{item} ยกเลิกแล้ว ({amount} บาท ไม่นับรวม) เหตุผล: {reason}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_regulation.py"/>
        <source>{low} to {high} years</source>
        <translation>{low} ถึง {high} ปี</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/claim_decide.py"/>
        <source>{member} named no beneficiary: type the name of the heir who receives the money</source>
        <translation>{member} ไม่ได้ระบุผู้รับผลประโยชน์ไว้ กรุณาพิมพ์ชื่อทายาทผู้รับเงิน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_sheets.py"/>
        <source>{months} paid months of {members} members ({amount} baht) can go in; {bad} problems ({paid} of them months the fund has already); header on row {header}</source>
        <translation>นำเข้าได้ {months} เดือน ของสมาชิก {members} คน ({amount} บาท) มีปัญหา {bad} รายการ (ในจำนวนนี้เป็นเดือนที่กองทุนบันทึกไว้แล้ว {paid} รายการ) หัวตารางอยู่แถวที่ {header}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_sheets.py"/>
        <source>{months} paid months of {members} members ({amount} baht) imported as receipts {first} to {last}; {bad} problems ({paid} of them months the fund had already); header on row {header}</source>
        <translation>นำเข้า {months} เดือน ของสมาชิก {members} คน ({amount} บาท) เป็นใบเสร็จเลขที่ {first} ถึง {last} มีปัญหา {bad} รายการ (ในจำนวนนี้เป็นเดือนที่กองทุนบันทึกไว้แล้ว {paid} รายการ) หัวตารางอยู่แถวที่ {header}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_users.py"/>
        <source>{name} (you)</source>
        <translation>{name} (ท่านเอง)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/text.py"/>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/zone.py"/>
        <source>{name} on {date}</source>
        <translation>{name} เมื่อ {date}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/printing/statement.py"/>
        <source>{name}, member no. {no}, village {moo}, national ID {id}</source>
        <translation>{name} สมาชิกเลขที่ {no} หมู่ที่ {moo} เลขประจำตัวประชาชน {id}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/claim_amounts.py"/>
        <source>{nights} nights at {rate} baht a night: {amount} baht</source>
        <translation>{nights} คืน คืนละ {rate} บาท: {amount} บาท</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/claim_amounts.py"/>
        <source>{nights} nights claimed; at most {paid} nights are paid, at {rate} baht a night: {amount} baht</source>
        <translation>ขอ {nights} คืน จ่ายได้ไม่เกิน {paid} คืน คืนละ {rate} บาท: {amount} บาท</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_admin.py"/>
        <source>{path} already exists; choose another file</source>
        <translation>มีไฟล์ {path} อยู่แล้ว กรุณาเลือกไฟล์อื่น</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/first_run.py"/>
        <source>{path} already exists; choose another file name or open it</source>
        <translation>มีไฟล์ {path} อยู่แล้ว กรุณาเลือกชื่อไฟล์อื่น หรือเปิดไฟล์นั้น</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/sync/zone_sync.py"/>
        <source>{path} exists already: this zone has its keys</source>
        <translation>{path} มีอยู่แล้ว โซนนี้มีกุญแจแล้ว</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/db/backup.py"/>
        <source>{path} holds no fund</source>
        <translation>{path} ไม่มีข้อมูลกองทุน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/spreadsheets/reading.py"/>
        <source>{path} is an old .xls file or protected with a password; open it in Excel or LibreOffice and save it as .xlsx without a password</source>
        <translation>{path} เป็นไฟล์ .xls แบบเก่าหรือมีรหัสผ่าน กรุณาเปิดใน Excel หรือ LibreOffice แล้วบันทึกเป็น .xlsx โดยไม่ใส่รหัสผ่าน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/db/backup.py"/>
        <source>{path} is damaged: {problem}</source>
        <translation>{path} เสียหาย: {problem}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/spreadsheets/reading.py"/>
        <source>{path} is empty</source>
        <translation>ไฟล์ {path} ไม่มีข้อมูล</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_sync.py"/>
        <location filename="../src/welfare_desk/sync/ack.py"/>
        <location filename="../src/welfare_desk/sync/zone_sync.py"/>
        <source>{path} is missing</source>
        <translation>ไม่พบ {path}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/db/backup.py"/>
        <source>{path} is not a Welfare Desk database: {problem}</source>
        <translation>{path} ไม่ใช่ฐานข้อมูลของโปรแกรมสวัสดิการชุมชน: {problem}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/sync/batch_files.py"/>
        <source>{path} is not a batch folder</source>
        <translation>{path} ไม่ใช่โฟลเดอร์ชุดข้อมูล</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_sync.py"/>
        <location filename="../src/welfare_desk/cli/commands_zone.py"/>
        <location filename="../src/welfare_desk/ui/dialogs/sync_setup.py"/>
        <source>{path} is not a key file</source>
        <translation>{path} ไม่ใช่ไฟล์กุญแจ</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/spreadsheets/reading.py"/>
        <source>{path} is not an Excel workbook (.xlsx)</source>
        <translation>{path} ไม่ใช่ไฟล์ Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/dues_collection.py"/>
        <source>{people} members ticked, {amount} baht in all</source>
        <translation>ทำเครื่องหมาย {people} คน รวม {amount} บาท</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_regulation.py"/>
        <source>{rate} baht a night</source>
        <translation>คืนละ {rate} บาท</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_regulation.py"/>
        <source>{rate} baht a night, at most {nights} nights a claim</source>
        <translation>คืนละ {rate} บาท ไม่เกิน {nights} คืนต่อครั้ง</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/claim_amounts.py"/>
        <source>{requested} baht requested; the rule allows {allowed}</source>
        <translation>ขอ {requested} บาท ระเบียบให้ได้ {allowed} บาท</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/members.py"/>
        <source>{shown} of {total} members</source>
        <translation>แสดง {shown} คน จากสมาชิกทั้งหมด {total} คน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_data.py"/>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_fund.py"/>
        <source>{size} receipts a book, the first book is no. {first}</source>
        <translation>เล่มละ {size} ใบ เล่มแรกคือเล่มที่ {first}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/books.py"/>
        <source>{source} · reversed</source>
        <translation>{source} · กลับรายการแล้ว</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/home.py"/>
        <source>{status} {count} people</source>
        <translation>{status} {count} คน</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/dialogs/books_entry.py"/>
        <source>{totals}  ✓ balanced</source>
        <translation>{totals}  ✓ ลงตัว</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/zone/confirm.py"/>
        <source>{typed} of {all} digits: {digits}</source>
        <translation>พิมพ์แล้ว {typed} จาก {all} หลัก: {digits}</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/fund.py"/>
        <source>{user} ({role}) may not do this</source>
        <translation>{user} ({role}) ไม่มีสิทธิ์ทำรายการนี้</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/sync/ack.py"/>
        <location filename="../src/welfare_desk/sync/fields.py"/>
        <source>{what} is damaged or not what was expected (line '{line}')</source>
        <translation>{what} เสียหายหรือไม่ใช่ไฟล์ที่ต้องการ (บรรทัด '{line}')</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/sync/fields.py"/>
        <location filename="../src/welfare_desk/sync/keys.py"/>
        <source>{what} is damaged or not what was expected (no '{line}')</source>
        <translation>{what} เสียหายหรือไม่ใช่ไฟล์ที่ต้องการ (ไม่มี '{line}')</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/sync/ack.py"/>
        <location filename="../src/welfare_desk/sync/keys.py"/>
        <source>{what} is in format '{found}', expected '{expected}'</source>
        <translation>{what} อยู่ในรูปแบบ '{found}' แต่ต้องเป็น '{expected}'</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/claim_amounts.py"/>
        <source>{years} full years of membership: the tier from {tier} years pays {amount} baht</source>
        <translation>เป็นสมาชิก {years} ปีเต็ม: ได้รับตามขั้น {tier} ปีขึ้นไป {amount} บาท</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/claim_amounts.py"/>
        <source>{years} full years of membership; the first tier needs {required}</source>
        <translation>เป็นสมาชิกครบ {years} ปี แต่ขั้นแรกต้องเป็นสมาชิก {required} ปี</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ledger/eligibility.py"/>
        <source>{years} full years of membership; this benefit needs {required}</source>
        <translation>เป็นสมาชิกครบ {years} ปี ผ่านเกณฑ์ที่กำหนด ({required} ปี)</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/settings_regulation.py"/>
        <source>{years}+ years of membership: {amount} baht</source>
        <translation>เป็นสมาชิก {years} ปีขึ้นไป: {amount} บาท</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/cli/commands_members.py"/>
        <source>นาย, นาง, นางสาว, เด็กชาย ...</source>
        <translation>นาย, นาง, นางสาว, เด็กชาย ...</translation>
    </message>
    <message>
        <location filename="../src/welfare_desk/ui/pages/books.py"/>
        <source>🔒 Closed: {first} to {last}</source>
        <translation>🔒 ปิดงวดแล้ว: {first} ถึง {last}</translation>
    </message>
</context>
</TS>
