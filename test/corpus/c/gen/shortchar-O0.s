	.file	"shortchar.c"
	.machine "440"
	.section	".text"
	.lcomm	img,256,1
	.type	img, @object
	.lcomm	out,256,1
	.type	out, @object
	.align 2
	.type	dot16, @function
dot16:
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
	stw 5,32(31)
	li 9,0
	stw 9,8(31)
	li 9,0
	stw 9,12(31)
	b .L2
.L3:
	lwz 9,12(31)
	slwi 9,9,1
	lwz 10,24(31)
	add 9,10,9
	lhz 9,0(9)
	extsh 10,9
	lwz 9,12(31)
	slwi 9,9,1
	lwz 8,28(31)
	add 9,8,9
	lhz 9,0(9)
	extsh 9,9
	mullw 9,10,9
	srawi 9,9,2
	lwz 10,8(31)
	add 9,10,9
	stw 9,8(31)
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L2:
	lwz 10,12(31)
	lwz 9,32(31)
	cmpw 0,10,9
	blt 0,.L3
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
.LFE0:
	.size	dot16,.-dot16
	.align 2
	.type	wrap_add, @function
wrap_add:
.LFB1:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	mr 9,3
	mr 10,4
	sth 9,8(31)
	mr 9,10
	sth 9,10(31)
	lhz 10,8(31)
	lhz 9,10(31)
	add 9,10,9
	extsh 9,9
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE1:
	.size	wrap_add,.-wrap_add
	.align 2
	.type	wrap_mul, @function
wrap_mul:
.LFB2:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	mr 9,3
	mr 10,4
	stb 9,8(31)
	mr 9,10
	stb 9,9(31)
	lbz 10,8(31)
	lbz 9,9(31)
	mullw 9,10,9
	extsb 9,9
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE2:
	.size	wrap_mul,.-wrap_mul
	.align 2
	.type	avg_u8, @function
avg_u8:
.LFB3:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	mr 9,3
	mr 10,4
	stb 9,8(31)
	mr 9,10
	stb 9,9(31)
	lbz 10,8(31)
	lbz 9,9(31)
	add 9,10,9
	addi 9,9,1
	srawi 9,9,1
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
.LFE3:
	.size	avg_u8,.-avg_u8
	.align 2
	.type	sx8, @function
sx8:
.LFB4:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	lwz 9,8(31)
	extsb 9,9
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE4:
	.size	sx8,.-sx8
	.align 2
	.type	sx16, @function
sx16:
.LFB5:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	lwz 9,8(31)
	extsh 9,9
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE5:
	.size	sx16,.-sx16
	.align 2
	.type	zx8, @function
zx8:
.LFB6:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	lwz 9,8(31)
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
.LFE6:
	.size	zx8,.-zx8
	.align 2
	.type	zx16, @function
zx16:
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
	rlwinm 9,9,0,0xffff
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
	.size	zx16,.-zx16
	.section	.rodata
	.align 2
.LC0:
	.string	"dot16"
	.align 2
.LC1:
	.string	"wrap"
	.align 2
.LC2:
	.string	"sx8(0x80)"
	.align 2
.LC3:
	.string	"sx8(0x17f)"
	.align 2
.LC4:
	.string	"sx16(0x8000)"
	.align 2
.LC5:
	.string	"zx8(-1)"
	.align 2
.LC6:
	.string	"zx16(-2)"
	.align 2
.LC7:
	.string	"wraps:"
	.align 2
.LC8:
	.string	"u"
	.align 2
.LC9:
	.string	"filtered"
	.align 2
.LC10:
	.string	"row 8:"
	.section	".text"
	.align 2
	.globl main
	.type	main, @function
main:
.LFB8:
	.cfi_startproc
	stwu 1,-208(1)
	.cfi_def_cfa_offset 208
	mflr 0
	stw 0,212(1)
	stw 29,196(1)
	stw 30,200(1)
	stw 31,204(1)
	.cfi_offset 65, 4
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L20
.L21:
	lwz 9,8(31)
	mulli 9,9,1234
	addi 9,9,-14000
	mr 8,9
	lwz 9,8(31)
	slwi 9,9,1
	addi 10,31,8
	add 9,10,9
	addi 9,9,60
	sth 8,0(9)
	lwz 9,8(31)
	mullw 9,9,9
	mulli 9,9,97
	lis 10,0x45e7
	ori 10,10,0xb273
	mulhw 10,9,10
	srawi 8,10,13
	srawi 10,9,31
	subf 10,10,8
	mulli 10,10,30000
	subf 10,10,9
	mr 9,10
	addi 9,9,-15000
	mr 8,9
	lwz 9,8(31)
	slwi 9,9,1
	addi 10,31,8
	add 9,10,9
	addi 9,9,108
	sth 8,0(9)
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L20:
	lwz 9,8(31)
	cmpwi 0,9,23
	ble 0,.L21
	addi 10,31,116
	addi 9,31,68
	li 5,24
	mr 4,10
	mr 3,9
	bl dot16
	mr 9,3
	mr 4,9
	lis 9,.LC0@ha
	la 3,.LC0@l(9)
	bl show_int
	li 9,0
	stw 9,12(31)
	lis 9,0xffff
	ori 9,9,0x63c0
	stw 9,16(31)
	b .L22
.L23:
	lwz 9,12(31)
	mulli 30,9,7
	lwz 9,16(31)
	mr 8,9
	lwz 9,16(31)
	mulli 9,9,3
	extsh 10,9
	extsh 9,8
	mr 4,10
	mr 3,9
	bl wrap_add
	mr 9,3
	extsh 29,9
	lwz 9,16(31)
	mr 8,9
	lwz 9,16(31)
	srawi 9,9,3
	extsb 10,9
	extsb 9,8
	mr 4,10
	mr 3,9
	bl wrap_mul
	mr 9,3
	extsb 9,9
	add 29,29,9
	lwz 9,16(31)
	mr 8,9
	lwz 9,16(31)
	srawi 9,9,4
	rlwinm 10,9,0,0xff
	rlwinm 9,8,0,0xff
	mr 4,10
	mr 3,9
	bl avg_u8
	mr 9,3
	rlwinm 9,9,0,0xff
	add 9,29,9
	add 9,30,9
	stw 9,12(31)
	lwz 9,16(31)
	addi 9,9,3001
	stw 9,16(31)
.L22:
	lwz 10,16(31)
	li 9,0
	ori 9,9,0x9c3f
	cmpw 0,10,9
	ble 0,.L23
	lwz 4,12(31)
	lis 9,.LC1@ha
	la 3,.LC1@l(9)
	bl show_hex
	li 3,128
	bl sx8
	mr 9,3
	mr 4,9
	lis 9,.LC2@ha
	la 3,.LC2@l(9)
	bl show_int
	li 3,383
	bl sx8
	mr 9,3
	mr 4,9
	lis 9,.LC3@ha
	la 3,.LC3@l(9)
	bl show_int
	li 9,0
	ori 3,9,0x8000
	bl sx16
	mr 9,3
	mr 4,9
	lis 9,.LC4@ha
	la 3,.LC4@l(9)
	bl show_int
	li 3,-1
	bl zx8
	mr 9,3
	mr 4,9
	lis 9,.LC5@ha
	la 3,.LC5@l(9)
	bl show_int
	li 3,-2
	bl zx16
	mr 9,3
	mr 4,9
	lis 9,.LC6@ha
	la 3,.LC6@l(9)
	bl show_int
	li 9,100
	stb 9,20(31)
	li 9,-56
	stb 9,21(31)
	li 9,0
	stw 9,24(31)
	b .L24
.L25:
	lbz 9,20(31)
	addi 9,9,13
	stb 9,20(31)
	lbz 9,21(31)
	addi 9,9,13
	stb 9,21(31)
	addi 10,31,164
	lwz 9,24(31)
	add 9,10,9
	lbz 10,20(31)
	stb 10,0(9)
	lwz 9,24(31)
	addi 9,9,1
	stw 9,24(31)
.L24:
	lwz 9,24(31)
	cmpwi 0,9,5
	ble 0,.L25
	lis 9,.LC7@ha
	la 3,.LC7@l(9)
	bl print_str
	li 9,0
	stw 9,28(31)
	b .L26
.L27:
	li 3,32
	bl print_char
	addi 10,31,164
	lwz 9,28(31)
	add 9,10,9
	lbz 9,0(9)
	extsb 9,9
	mr 3,9
	bl print_int
	lwz 9,28(31)
	addi 9,9,1
	stw 9,28(31)
.L26:
	lwz 9,28(31)
	cmpwi 0,9,5
	ble 0,.L27
	bl print_nl
	lbz 9,21(31)
	mr 4,9
	lis 9,.LC8@ha
	la 3,.LC8@l(9)
	bl show_int
	li 9,0
	stw 9,32(31)
	b .L28
.L31:
	li 9,0
	stw 9,36(31)
	b .L29
.L30:
	lwz 9,36(31)
	slwi 9,9,1
	mr 10,9
	lwz 9,32(31)
	add 9,10,9
	slwi 9,9,3
	mr 10,9
	lwz 9,36(31)
	mr 8,9
	lwz 9,32(31)
	mullw 9,8,9
	xor 9,10,9
	mr 8,9
	lis 9,img@ha
	la 10,img@l(9)
	lwz 9,32(31)
	slwi 9,9,4
	add 10,10,9
	lwz 9,36(31)
	add 9,10,9
	stb 8,0(9)
	lwz 9,36(31)
	addi 9,9,1
	stw 9,36(31)
.L29:
	lwz 9,36(31)
	cmpwi 0,9,15
	ble 0,.L30
	lwz 9,32(31)
	addi 9,9,1
	stw 9,32(31)
.L28:
	lwz 9,32(31)
	cmpwi 0,9,15
	ble 0,.L31
	li 9,0
	stw 9,40(31)
	li 9,1
	stw 9,44(31)
	b .L32
.L43:
	li 9,1
	stw 9,48(31)
	b .L33
.L42:
	li 9,0
	stw 9,52(31)
	li 9,-1
	stw 9,56(31)
	b .L34
.L37:
	li 9,-1
	stw 9,60(31)
	b .L35
.L36:
	lwz 10,44(31)
	lwz 9,56(31)
	add 10,10,9
	lwz 8,48(31)
	lwz 9,60(31)
	add 9,8,9
	lis 8,img@ha
	la 8,img@l(8)
	slwi 10,10,4
	add 10,8,10
	add 9,10,9
	lbz 9,0(9)
	extsb 10,9
	lwz 9,56(31)
	addi 8,9,1
	lwz 9,60(31)
	addi 9,9,1
	lis 7,k.0@ha
	la 7,k.0@l(7)
	mulli 8,8,3
	add 8,7,8
	add 9,8,9
	lbz 9,0(9)
	extsb 9,9
	mullw 9,10,9
	srawi 9,9,5
	lwz 10,52(31)
	add 9,10,9
	stw 9,52(31)
	lwz 9,60(31)
	addi 9,9,1
	stw 9,60(31)
.L35:
	lwz 9,60(31)
	cmpwi 0,9,1
	ble 0,.L36
	lwz 9,56(31)
	addi 9,9,1
	stw 9,56(31)
.L34:
	lwz 9,56(31)
	cmpwi 0,9,1
	ble 0,.L37
	lwz 9,52(31)
	addi 9,9,128
	stw 9,52(31)
	lwz 9,52(31)
	cmpwi 0,9,0
	blt 0,.L38
	lwz 9,52(31)
	cmpwi 0,9,255
	bgt 0,.L39
	lwz 9,52(31)
	b .L41
.L39:
	li 9,-1
	b .L41
.L38:
	li 9,0
.L41:
	lis 10,out@ha
	la 8,out@l(10)
	lwz 10,44(31)
	slwi 10,10,4
	add 8,8,10
	lwz 10,48(31)
	add 10,8,10
	stb 9,0(10)
	lwz 9,40(31)
	mulli 10,9,31
	lis 9,out@ha
	la 8,out@l(9)
	lwz 9,44(31)
	slwi 9,9,4
	add 8,8,9
	lwz 9,48(31)
	add 9,8,9
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	add 9,10,9
	stw 9,40(31)
	lwz 9,48(31)
	addi 9,9,1
	stw 9,48(31)
.L33:
	lwz 9,48(31)
	cmpwi 0,9,14
	ble 0,.L42
	lwz 9,44(31)
	addi 9,9,1
	stw 9,44(31)
.L32:
	lwz 9,44(31)
	cmpwi 0,9,14
	ble 0,.L43
	lwz 4,40(31)
	lis 9,.LC9@ha
	la 3,.LC9@l(9)
	bl show_hex
	lis 9,.LC10@ha
	la 3,.LC10@l(9)
	bl print_str
	li 9,1
	stw 9,64(31)
	b .L44
.L45:
	li 3,32
	bl print_char
	lis 9,out@ha
	la 10,out@l(9)
	lwz 9,64(31)
	add 9,10,9
	addi 9,9,128
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	mr 3,9
	bl print_int
	lwz 9,64(31)
	addi 9,9,1
	stw 9,64(31)
.L44:
	lwz 9,64(31)
	cmpwi 0,9,14
	ble 0,.L45
	bl print_nl
	lis 9,out@ha
	la 9,out@l(9)
	lbz 9,136(9)
	rlwinm 9,9,0,0xff
	srwi 9,9,1
	rlwinm 9,9,0,0xff
	mr 3,9
	addi 11,31,208
	lwz 0,4(11)
	mtlr 0
	lwz 29,-12(11)
	lwz 30,-8(11)
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE8:
	.size	main,.-main
	.section	.rodata
	.type	k.0, @object
	.size	k.0, 9
k.0:
	.string	""
	.string	"\340"
	.ascii	"\340\177\340"
	.string	""
	.string	"\340"
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
