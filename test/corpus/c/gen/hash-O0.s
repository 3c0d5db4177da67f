	.file	"hash.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	crc32_bitwise, @function
crc32_bitwise:
.LFB0:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 31,44(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	stw 4,28(31)
	li 9,-1
	stw 9,8(31)
	b .L2
.L7:
	lwz 9,24(31)
	addi 10,9,1
	stw 10,24(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	lwz 10,8(31)
	xor 9,10,9
	stw 9,8(31)
	li 9,0
	stw 9,12(31)
	b .L3
.L6:
	lwz 9,8(31)
	rlwinm 9,9,0,31,31
	cmpwi 0,9,0
	beq 0,.L4
	lwz 9,8(31)
	srwi 9,9,1
	xoris 9,9,0xedb8
	xori 9,9,0x8320
	b .L5
.L4:
	lwz 9,8(31)
	srwi 9,9,1
.L5:
	stw 9,8(31)
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L3:
	lwz 9,12(31)
	cmpwi 0,9,7
	ble 0,.L6
.L2:
	lwz 9,28(31)
	addi 10,9,-1
	stw 10,28(31)
	cmpwi 0,9,0
	bne 0,.L7
	lwz 9,8(31)
	not 9,9
	mr 3,9
	addi 11,31,48
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE0:
	.size	crc32_bitwise,.-crc32_bitwise
	.lcomm	table,1024,4
	.type	table, @object
	.align 2
	.type	crc32_table, @function
crc32_table:
.LFB1:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 31,44(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	stw 4,28(31)
	lis 9,table@ha
	la 9,table@l(9)
	lwz 9,4(9)
	cmpwi 0,9,0
	bne 0,.L10
	li 9,0
	stw 9,8(31)
	b .L11
.L16:
	lwz 9,8(31)
	stw 9,12(31)
	li 9,0
	stw 9,16(31)
	b .L12
.L15:
	lwz 9,12(31)
	rlwinm 9,9,0,31,31
	cmpwi 0,9,0
	beq 0,.L13
	lwz 9,12(31)
	srwi 9,9,1
	xoris 9,9,0xedb8
	xori 9,9,0x8320
	b .L14
.L13:
	lwz 9,12(31)
	srwi 9,9,1
.L14:
	stw 9,12(31)
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L12:
	lwz 9,16(31)
	cmpwi 0,9,7
	ble 0,.L15
	lis 9,table@ha
	la 10,table@l(9)
	lwz 9,8(31)
	slwi 9,9,2
	add 9,10,9
	lwz 10,12(31)
	stw 10,0(9)
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L11:
	lwz 9,8(31)
	cmplwi 0,9,255
	ble 0,.L16
.L10:
	li 9,-1
	stw 9,20(31)
	b .L17
.L18:
	lwz 9,24(31)
	addi 10,9,1
	stw 10,24(31)
	lbz 9,0(9)
	rlwinm 10,9,0,0xff
	lwz 9,20(31)
	xor 9,10,9
	rlwinm 9,9,0,24,31
	lis 10,table@ha
	la 10,table@l(10)
	slwi 9,9,2
	add 9,10,9
	lwz 10,0(9)
	lwz 9,20(31)
	srwi 9,9,8
	xor 9,10,9
	stw 9,20(31)
.L17:
	lwz 9,28(31)
	addi 10,9,-1
	stw 10,28(31)
	cmpwi 0,9,0
	bne 0,.L18
	lwz 9,20(31)
	not 9,9
	mr 3,9
	addi 11,31,48
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE1:
	.size	crc32_table,.-crc32_table
	.align 2
	.type	crc16, @function
crc16:
.LFB2:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 31,44(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	stw 4,28(31)
	li 9,-1
	sth 9,8(31)
	b .L21
.L26:
	lwz 9,24(31)
	addi 10,9,1
	stw 10,24(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	slwi 9,9,8
	mr 10,9
	lhz 9,8(31)
	xor 9,10,9
	sth 9,8(31)
	li 9,0
	stw 9,12(31)
	b .L22
.L25:
	lhz 9,8(31)
	extsh 9,9
	cmpwi 0,9,0
	bge 0,.L23
	lhz 9,8(31)
	slwi 9,9,1
	xori 9,9,0x1021
	b .L24
.L23:
	lhz 9,8(31)
	slwi 9,9,1
.L24:
	sth 9,8(31)
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L22:
	lwz 9,12(31)
	cmpwi 0,9,7
	ble 0,.L25
.L21:
	lwz 9,28(31)
	addi 10,9,-1
	stw 10,28(31)
	cmpwi 0,9,0
	bne 0,.L26
	lhz 9,8(31)
	rlwinm 9,9,0,0xffff
	mr 3,9
	addi 11,31,48
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE2:
	.size	crc16,.-crc16
	.align 2
	.type	adler32, @function
adler32:
.LFB3:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 31,44(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	stw 4,28(31)
	li 9,1
	stw 9,8(31)
	li 9,0
	stw 9,12(31)
	b .L29
.L30:
	lwz 9,24(31)
	addi 10,9,1
	stw 10,24(31)
	lbz 9,0(9)
	rlwinm 10,9,0,0xff
	lwz 9,8(31)
	add 8,10,9
	lis 9,0x8007
	ori 9,9,0x8071
	mulhwu 9,8,9
	srwi 10,9,15
	mr 9,10
	slwi 9,9,12
	subf 9,10,9
	slwi 9,9,4
	add 9,9,10
	subf 9,9,8
	stw 9,8(31)
	lwz 10,12(31)
	lwz 9,8(31)
	add 8,10,9
	lis 9,0x8007
	ori 9,9,0x8071
	mulhwu 9,8,9
	srwi 10,9,15
	mr 9,10
	slwi 9,9,12
	subf 9,10,9
	slwi 9,9,4
	add 9,9,10
	subf 9,9,8
	stw 9,12(31)
.L29:
	lwz 9,28(31)
	addi 10,9,-1
	stw 10,28(31)
	cmpwi 0,9,0
	bne 0,.L30
	lwz 9,12(31)
	slwi 10,9,16
	lwz 9,8(31)
	or 9,10,9
	mr 3,9
	addi 11,31,48
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE3:
	.size	adler32,.-adler32
	.align 2
	.type	fnv1a32, @function
fnv1a32:
.LFB4:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 31,44(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	stw 4,28(31)
	lis 9,0x811c
	ori 9,9,0x9dc5
	stw 9,8(31)
	b .L33
.L34:
	lwz 9,24(31)
	addi 10,9,1
	stw 10,24(31)
	lbz 9,0(9)
	rlwinm 10,9,0,0xff
	lwz 9,8(31)
	xor 10,10,9
	lis 9,0x100
	ori 9,9,0x193
	mullw 9,10,9
	stw 9,8(31)
.L33:
	lwz 9,28(31)
	addi 10,9,-1
	stw 10,28(31)
	cmpwi 0,9,0
	bne 0,.L34
	lwz 9,8(31)
	mr 3,9
	addi 11,31,48
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE4:
	.size	fnv1a32,.-fnv1a32
	.align 2
	.type	fnv1a64, @function
fnv1a64:
.LFB5:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 31,44(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	stw 4,28(31)
	lis 4,0xcbf2
	ori 4,4,0x9ce4
	lis 5,0x8422
	ori 5,5,0x2325
	stw 4,8(31)
	stw 5,12(31)
	b .L37
.L38:
	lwz 5,24(31)
	addi 4,5,1
	stw 4,24(31)
	lbz 5,0(5)
	rlwinm 5,5,0,0xff
	mr 7,5
	li 6,0
	lwz 4,8(31)
	lwz 5,12(31)
	xor 10,6,4
	xor 11,7,5
	mulli 4,10,435
	mulli 5,11,256
	add 4,4,5
	li 5,435
	mullw 3,11,5
	mulhwu 5,11,5
	mr 9,3
	mr 8,5
	add 5,4,8
	mr 8,5
	stw 8,8(31)
	stw 9,12(31)
	stw 8,8(31)
	stw 9,12(31)
.L37:
	lwz 5,28(31)
	addi 4,5,-1
	stw 4,28(31)
	cmpwi 0,5,0
	bne 0,.L38
	lwz 10,8(31)
	lwz 11,12(31)
	mr 3,10
	mr 4,11
	addi 11,31,48
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE5:
	.size	fnv1a64,.-fnv1a64
	.align 2
	.type	djb2, @function
djb2:
.LFB6:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 31,44(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	li 9,5381
	stw 9,8(31)
	b .L41
.L42:
	lwz 9,8(31)
	mulli 10,9,33
	lwz 9,24(31)
	addi 8,9,1
	stw 8,24(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	add 9,10,9
	stw 9,8(31)
.L41:
	lwz 9,24(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,0
	bne 0,.L42
	lwz 9,8(31)
	mr 3,9
	addi 11,31,48
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE6:
	.size	djb2,.-djb2
	.align 2
	.type	fmix32, @function
fmix32:
.LFB7:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	lwz 9,8(31)
	srwi 9,9,16
	lwz 10,8(31)
	xor 9,10,9
	stw 9,8(31)
	lwz 10,8(31)
	lis 9,0x85eb
	ori 9,9,0xca6b
	mullw 9,10,9
	stw 9,8(31)
	lwz 9,8(31)
	srwi 9,9,13
	lwz 10,8(31)
	xor 9,10,9
	stw 9,8(31)
	lwz 10,8(31)
	lis 9,0xc2b2
	ori 9,9,0xae35
	mullw 9,10,9
	stw 9,8(31)
	lwz 9,8(31)
	srwi 9,9,16
	lwz 10,8(31)
	xor 9,10,9
	stw 9,8(31)
	lwz 9,8(31)
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE7:
	.size	fmix32,.-fmix32
	.lcomm	keys,256,4
	.type	keys, @object
	.lcomm	vals,256,4
	.type	vals, @object
	.align 2
	.type	streq, @function
streq:
.LFB8:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	b .L47
.L49:
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L47:
	lwz 9,8(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,0
	beq 0,.L48
	lwz 9,8(31)
	lbz 10,0(9)
	lwz 9,12(31)
	lbz 9,0(9)
	rlwinm 10,10,0,0xff
	rlwinm 9,9,0,0xff
	cmpw 0,10,9
	beq 0,.L49
.L48:
	lwz 9,8(31)
	lbz 10,0(9)
	lwz 9,12(31)
	lbz 9,0(9)
	rlwinm 10,10,0,0xff
	rlwinm 9,9,0,0xff
	xor 9,10,9
	cntlzw 9,9
	srwi 9,9,5
	rlwinm 9,9,0,0xff
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE8:
	.size	streq,.-streq
	.align 2
	.type	put, @function
put:
.LFB9:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	stw 4,28(31)
	lwz 3,24(31)
	bl djb2
	mr 9,3
	rlwinm 9,9,0,26,31
	stw 9,8(31)
	li 9,1
	stw 9,12(31)
	b .L52
.L54:
	lwz 9,8(31)
	addi 9,9,1
	rlwinm 9,9,0,26,31
	stw 9,8(31)
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L52:
	lis 9,keys@ha
	la 10,keys@l(9)
	lwz 9,8(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	cmpwi 0,9,0
	beq 0,.L53
	lis 9,keys@ha
	la 10,keys@l(9)
	lwz 9,8(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lwz 4,24(31)
	mr 3,9
	bl streq
	mr 9,3
	cmpwi 0,9,0
	beq 0,.L54
.L53:
	lis 9,keys@ha
	la 10,keys@l(9)
	lwz 9,8(31)
	slwi 9,9,2
	add 9,10,9
	lwz 10,24(31)
	stw 10,0(9)
	lis 9,vals@ha
	la 10,vals@l(9)
	lwz 9,8(31)
	slwi 9,9,2
	add 9,10,9
	lwz 10,0(9)
	lwz 9,28(31)
	add 10,10,9
	lis 9,vals@ha
	la 8,vals@l(9)
	lwz 9,8(31)
	slwi 9,9,2
	add 9,8,9
	stw 10,0(9)
	lwz 9,12(31)
	mr 3,9
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE9:
	.size	put,.-put
	.align 2
	.type	get, @function
get:
.LFB10:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	lwz 3,24(31)
	bl djb2
	mr 9,3
	rlwinm 9,9,0,26,31
	stw 9,8(31)
	b .L57
.L60:
	lis 9,keys@ha
	la 10,keys@l(9)
	lwz 9,8(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lwz 4,24(31)
	mr 3,9
	bl streq
	mr 9,3
	cmpwi 0,9,0
	beq 0,.L58
	lis 9,vals@ha
	la 10,vals@l(9)
	lwz 9,8(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	b .L59
.L58:
	lwz 9,8(31)
	addi 9,9,1
	rlwinm 9,9,0,26,31
	stw 9,8(31)
.L57:
	lis 9,keys@ha
	la 10,keys@l(9)
	lwz 9,8(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	cmpwi 0,9,0
	bne 0,.L60
	li 9,-1
.L59:
	mr 3,9
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE10:
	.size	get,.-get
	.section	.rodata
	.align 2
.LC0:
	.string	"crc32 bitwise"
	.align 2
.LC1:
	.string	"crc32 table"
	.align 2
.LC2:
	.string	"crc16"
	.align 2
.LC3:
	.string	"adler32"
	.align 2
.LC4:
	.string	"fnv1a32"
	.align 2
.LC5:
	.string	"fnv1a64"
	.align 2
.LC6:
	.string	"djb2"
	.align 2
.LC7:
	.string	"fmix32"
	.align 2
.LC8:
	.string	"block crc32"
	.align 2
.LC9:
	.string	"crc agree"
	.align 2
.LC10:
	.string	"block adler"
	.align 2
.LC11:
	.string	"block fnv64"
	.align 2
.LC12:
	.string	"probes"
	.align 2
.LC13:
	.string	"alpha"
	.align 2
.LC14:
	.string	"beta"
	.align 2
.LC15:
	.string	"omega"
	.section	".text"
	.align 2
	.globl main
	.type	main, @function
main:
.LFB11:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	lis 9,msg.2@ha
	la 9,msg.2@l(9)
	stw 9,20(31)
	li 4,9
	lwz 3,20(31)
	bl crc32_bitwise
	mr 9,3
	mr 4,9
	lis 9,.LC0@ha
	la 3,.LC0@l(9)
	bl show_hex
	li 4,9
	lwz 3,20(31)
	bl crc32_table
	mr 9,3
	mr 4,9
	lis 9,.LC1@ha
	la 3,.LC1@l(9)
	bl show_hex
	li 4,9
	lwz 3,20(31)
	bl crc16
	mr 9,3
	rlwinm 9,9,0,0xffff
	mr 4,9
	lis 9,.LC2@ha
	la 3,.LC2@l(9)
	bl show_hex
	li 4,9
	lwz 3,20(31)
	bl adler32
	mr 9,3
	mr 4,9
	lis 9,.LC3@ha
	la 3,.LC3@l(9)
	bl show_hex
	li 4,9
	lwz 3,20(31)
	bl fnv1a32
	mr 9,3
	mr 4,9
	lis 9,.LC4@ha
	la 3,.LC4@l(9)
	bl show_hex
	li 4,9
	lwz 3,20(31)
	bl fnv1a64
	mr 11,4
	mr 10,3
	mr 5,10
	mr 6,11
	lis 9,.LC5@ha
	la 3,.LC5@l(9)
	bl show_hex64
	lis 9,msg.2@ha
	la 3,msg.2@l(9)
	bl djb2
	mr 9,3
	mr 4,9
	lis 9,.LC6@ha
	la 3,.LC6@l(9)
	bl show_hex
	lis 9,0xdead
	ori 3,9,0xbeef
	bl fmix32
	mr 9,3
	mr 4,9
	lis 9,.LC7@ha
	la 3,.LC7@l(9)
	bl show_hex
	li 9,0
	stw 9,8(31)
	b .L62
.L63:
	lwz 9,8(31)
	mulli 9,9,7
	mr 10,9
	lwz 9,8(31)
	srawi 9,9,3
	add 9,10,9
	mr 8,9
	lis 9,block.1@ha
	la 10,block.1@l(9)
	lwz 9,8(31)
	stbx 8,10,9
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L62:
	lwz 9,8(31)
	cmpwi 0,9,1023
	ble 0,.L63
	li 4,1024
	lis 9,block.1@ha
	la 3,block.1@l(9)
	bl crc32_bitwise
	stw 3,24(31)
	li 4,1024
	lis 9,block.1@ha
	la 3,block.1@l(9)
	bl crc32_table
	stw 3,28(31)
	lwz 4,28(31)
	lis 9,.LC8@ha
	la 3,.LC8@l(9)
	bl show_hex
	lwz 10,24(31)
	lwz 9,28(31)
	xor 9,10,9
	cntlzw 9,9
	srwi 9,9,5
	rlwinm 9,9,0,0xff
	mr 4,9
	lis 9,.LC9@ha
	la 3,.LC9@l(9)
	bl show_int
	li 4,1024
	lis 9,block.1@ha
	la 3,block.1@l(9)
	bl adler32
	mr 9,3
	mr 4,9
	lis 9,.LC10@ha
	la 3,.LC10@l(9)
	bl show_hex
	li 4,1024
	lis 9,block.1@ha
	la 3,block.1@l(9)
	bl fnv1a64
	mr 11,4
	mr 10,3
	mr 5,10
	mr 6,11
	lis 9,.LC11@ha
	la 3,.LC11@l(9)
	bl show_hex64
	li 9,0
	stw 9,12(31)
	li 9,0
	stw 9,16(31)
	b .L64
.L65:
	lis 9,words.0@ha
	la 10,words.0@l(9)
	lwz 9,16(31)
	slwi 9,9,2
	add 9,10,9
	lwz 10,0(9)
	lwz 9,16(31)
	addi 9,9,1
	mr 4,9
	mr 3,10
	bl put
	mr 10,3
	lwz 9,12(31)
	add 9,9,10
	stw 9,12(31)
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L64:
	lwz 9,16(31)
	cmplwi 0,9,14
	ble 0,.L65
	lwz 4,12(31)
	lis 9,.LC12@ha
	la 3,.LC12@l(9)
	bl show_int
	lis 9,.LC13@ha
	la 3,.LC13@l(9)
	bl get
	mr 9,3
	mr 4,9
	lis 9,.LC13@ha
	la 3,.LC13@l(9)
	bl show_int
	lis 9,.LC14@ha
	la 3,.LC14@l(9)
	bl get
	mr 9,3
	mr 4,9
	lis 9,.LC14@ha
	la 3,.LC14@l(9)
	bl show_int
	lis 9,.LC15@ha
	la 3,.LC15@l(9)
	bl get
	mr 9,3
	mr 4,9
	lis 9,.LC15@ha
	la 3,.LC15@l(9)
	bl show_int
	lwz 9,28(31)
	srwi 9,9,25
	mr 3,9
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE11:
	.size	main,.-main
	.section	.rodata
	.align 2
	.type	msg.2, @object
	.size	msg.2, 10
msg.2:
	.string	"123456789"
	.lcomm	block.1,1024,4
	.type	block.1, @object
	.align 2
.LC16:
	.string	"gamma"
	.align 2
.LC17:
	.string	"delta"
	.align 2
.LC18:
	.string	"epsilon"
	.align 2
.LC19:
	.string	"zeta"
	.align 2
.LC20:
	.string	"eta"
	.align 2
.LC21:
	.string	"theta"
	.align 2
.LC22:
	.string	"iota"
	.align 2
.LC23:
	.string	"kappa"
	.align 2
.LC24:
	.string	"lambda"
	.align 2
.LC25:
	.string	"mu"
	.align 2
	.type	words.0, @object
	.size	words.0, 60
words.0:
	.long	.LC13
	.long	.LC14
	.long	.LC16
	.long	.LC17
	.long	.LC13
	.long	.LC18
	.long	.LC19
	.long	.LC20
	.long	.LC21
	.long	.LC14
	.long	.LC22
	.long	.LC23
	.long	.LC13
	.long	.LC24
	.long	.LC25
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
