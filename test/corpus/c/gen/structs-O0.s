	.file	"structs.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	add, @function
add:
.LFB0:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 30,40(1)
	stw 31,44(1)
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	mr 30,4
	lwz 10,0(30)
	lwz 11,4(30)
	stw 10,12(31)
	stw 11,16(31)
	mr 30,5
	lwz 10,0(30)
	lwz 11,4(30)
	stw 10,20(31)
	stw 11,24(31)
	lwz 10,12(31)
	lwz 9,20(31)
	add 8,10,9
	lwz 10,16(31)
	lwz 9,24(31)
	add 10,10,9
	lwz 9,8(31)
	stw 8,0(9)
	lwz 9,8(31)
	stw 10,4(9)
	lwz 3,8(31)
	addi 11,31,48
	lwz 30,-8(11)
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_restore 30
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE0:
	.size	add,.-add
	.align 2
	.type	scale, @function
scale:
.LFB1:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 30,24(1)
	stw 31,28(1)
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	mr 30,4
	lwz 10,0(30)
	lwz 11,4(30)
	stw 10,12(31)
	stw 11,16(31)
	stw 5,20(31)
	lwz 10,12(31)
	lwz 9,20(31)
	mullw 9,10,9
	stw 9,12(31)
	lwz 10,16(31)
	lwz 9,20(31)
	mullw 9,10,9
	stw 9,16(31)
	lwz 9,8(31)
	lwz 10,12(31)
	lwz 11,16(31)
	stw 10,0(9)
	stw 11,4(9)
	lwz 3,8(31)
	addi 11,31,32
	lwz 30,-8(11)
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_restore 30
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE1:
	.size	scale,.-scale
	.align 2
	.type	dot, @function
dot:
.LFB2:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 30,24(1)
	stw 31,28(1)
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	mr 30,3
	lwz 10,0(30)
	lwz 11,4(30)
	stw 10,8(31)
	stw 11,12(31)
	mr 30,4
	lwz 10,0(30)
	lwz 11,4(30)
	stw 10,16(31)
	stw 11,20(31)
	lwz 10,8(31)
	lwz 9,16(31)
	mullw 10,10,9
	lwz 8,12(31)
	lwz 9,20(31)
	mullw 9,8,9
	add 9,10,9
	mr 3,9
	addi 11,31,32
	lwz 30,-8(11)
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_restore 30
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE2:
	.size	dot,.-dot
	.align 2
	.type	bound, @function
bound:
.LFB3:
	.cfi_startproc
	stwu 1,-64(1)
	.cfi_def_cfa_offset 64
	stw 31,60(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,40(31)
	stw 4,44(31)
	stw 5,48(31)
	lwz 9,44(31)
	lwz 10,0(9)
	lwz 11,4(9)
	stw 10,12(31)
	stw 11,16(31)
	lwz 9,44(31)
	lwz 10,0(9)
	lwz 11,4(9)
	stw 10,20(31)
	stw 11,24(31)
	li 9,1
	stw 9,8(31)
	b .L8
.L14:
	lwz 9,8(31)
	mulli 9,9,20
	lwz 10,44(31)
	add 9,10,9
	lbz 9,18(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,0
	beq 0,.L16
	lwz 9,8(31)
	mulli 9,9,20
	lwz 10,44(31)
	add 9,10,9
	lwz 10,0(9)
	lwz 9,12(31)
	cmpw 0,10,9
	bge 0,.L11
	lwz 9,8(31)
	mulli 9,9,20
	lwz 10,44(31)
	add 9,10,9
	lwz 9,0(9)
	stw 9,12(31)
.L11:
	lwz 9,8(31)
	mulli 9,9,20
	lwz 10,44(31)
	add 9,10,9
	lwz 10,4(9)
	lwz 9,16(31)
	cmpw 0,10,9
	bge 0,.L12
	lwz 9,8(31)
	mulli 9,9,20
	lwz 10,44(31)
	add 9,10,9
	lwz 9,4(9)
	stw 9,16(31)
.L12:
	lwz 9,8(31)
	mulli 9,9,20
	lwz 10,44(31)
	add 9,10,9
	lwz 10,0(9)
	lwz 9,20(31)
	cmpw 0,10,9
	ble 0,.L13
	lwz 9,8(31)
	mulli 9,9,20
	lwz 10,44(31)
	add 9,10,9
	lwz 9,0(9)
	stw 9,20(31)
.L13:
	lwz 9,8(31)
	mulli 9,9,20
	lwz 10,44(31)
	add 9,10,9
	lwz 10,4(9)
	lwz 9,24(31)
	cmpw 0,10,9
	ble 0,.L10
	lwz 9,8(31)
	mulli 9,9,20
	lwz 10,44(31)
	add 9,10,9
	lwz 9,4(9)
	stw 9,24(31)
	b .L10
.L16:
	nop
.L10:
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L8:
	lwz 10,8(31)
	lwz 9,48(31)
	cmpw 0,10,9
	blt 0,.L14
	lwz 9,40(31)
	lwz 6,12(31)
	lwz 7,16(31)
	lwz 8,20(31)
	lwz 10,24(31)
	stw 6,0(9)
	stw 7,4(9)
	stw 8,8(9)
	stw 10,12(9)
	lwz 3,40(31)
	addi 11,31,64
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE3:
	.size	bound,.-bound
	.align 2
	.type	rev, @function
rev:
.LFB4:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 30,40(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	mr 30,4
	li 9,0
	stw 9,8(31)
	b .L18
.L19:
	lwz 9,8(31)
	slwi 9,9,2
	add 9,30,9
	lwz 9,0(9)
	stw 9,12(31)
	lwz 9,8(31)
	subfic 9,9,8
	slwi 9,9,2
	add 9,30,9
	lwz 10,0(9)
	lwz 9,8(31)
	slwi 9,9,2
	add 9,30,9
	stw 10,0(9)
	lwz 9,8(31)
	subfic 9,9,8
	slwi 9,9,2
	add 9,30,9
	lwz 10,12(31)
	stw 10,0(9)
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L18:
	lwz 9,8(31)
	cmpwi 0,9,3
	ble 0,.L19
	lbz 9,36(30)
	xori 9,9,0x20
	stb 9,36(30)
	lwz 9,24(31)
	mr 10,9
	mr 8,30
	li 9,44
	mr 5,9
	mr 4,8
	mr 3,10
	bl memcpy
	lwz 3,24(31)
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 30,-8(11)
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_restore 30
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE4:
	.size	rev,.-rev
	.section	.rodata
	.align 2
.LC2:
	.string	"=("
	.align 2
.LC3:
	.string	")\n"
	.section	".text"
	.align 2
	.type	show_vec, @function
show_vec:
.LFB5:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stw 0,36(1)
	stw 30,24(1)
	stw 31,28(1)
	.cfi_offset 65, 4
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	mr 30,4
	lwz 10,0(30)
	lwz 11,4(30)
	stw 10,12(31)
	stw 11,16(31)
	lwz 3,8(31)
	bl print_str
	lis 9,.LC2@ha
	la 3,.LC2@l(9)
	bl print_str
	lwz 9,12(31)
	mr 3,9
	bl print_int
	li 3,44
	bl print_char
	lwz 9,16(31)
	mr 3,9
	bl print_int
	lis 9,.LC3@ha
	la 3,.LC3@l(9)
	bl print_str
	nop
	addi 11,31,32
	lwz 0,4(11)
	mtlr 0
	lwz 30,-8(11)
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_restore 30
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE5:
	.size	show_vec,.-show_vec
	.section	.rodata
	.align 2
.LC4:
	.string	"a+b"
	.align 2
.LC5:
	.string	"3a"
	.align 2
.LC6:
	.string	"a.b"
	.align 2
.LC7:
	.string	"lo"
	.align 2
.LC8:
	.string	"hi"
	.align 2
.LC9:
	.string	"alive:"
	.align 2
.LC10:
	.string	"mass"
	.align 2
.LC11:
	.string	"bitfields"
	.align 2
.LC12:
	.string	"corpus"
	.align 2
.LC13:
	.string	"halves"
	.align 2
.LC14:
	.string	"bytes"
	.align 2
.LC0:
	.long	3
	.long	-4
	.align 2
.LC1:
	.long	-7
	.long	11
	.section	".text"
	.align 2
	.globl main
	.type	main, @function
main:
.LFB6:
	.cfi_startproc
	stwu 1,-688(1)
	.cfi_def_cfa_offset 688
	mflr 0
	stw 0,692(1)
	stw 30,680(1)
	stw 31,684(1)
	.cfi_offset 65, 4
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	lis 9,.LC0@ha
	la 9,.LC0@l(9)
	lwz 10,0(9)
	lwz 11,4(9)
	stw 10,68(31)
	stw 11,72(31)
	lis 9,.LC1@ha
	la 9,.LC1@l(9)
	lwz 10,0(9)
	lwz 11,4(9)
	stw 10,76(31)
	stw 11,80(31)
	addi 9,31,60
	lwz 10,68(31)
	lwz 11,72(31)
	stw 10,600(31)
	stw 11,604(31)
	lwz 10,76(31)
	lwz 11,80(31)
	stw 10,608(31)
	stw 11,612(31)
	addi 8,31,608
	addi 10,31,600
	mr 5,8
	mr 4,10
	mr 3,9
	bl add
	lwz 10,60(31)
	lwz 11,64(31)
	stw 10,600(31)
	stw 11,604(31)
	addi 9,31,600
	mr 4,9
	lis 9,.LC4@ha
	la 3,.LC4@l(9)
	bl show_vec
	addi 9,31,52
	lwz 10,68(31)
	lwz 11,72(31)
	stw 10,600(31)
	stw 11,604(31)
	addi 10,31,600
	li 5,3
	mr 4,10
	mr 3,9
	bl scale
	lwz 10,52(31)
	lwz 11,56(31)
	stw 10,600(31)
	stw 11,604(31)
	addi 9,31,600
	mr 4,9
	lis 9,.LC5@ha
	la 3,.LC5@l(9)
	bl show_vec
	lwz 10,68(31)
	lwz 11,72(31)
	stw 10,600(31)
	stw 11,604(31)
	lwz 10,76(31)
	lwz 11,80(31)
	stw 10,608(31)
	stw 11,612(31)
	addi 10,31,608
	addi 9,31,600
	mr 4,10
	mr 3,9
	bl dot
	mr 9,3
	mr 4,9
	lis 9,.LC6@ha
	la 3,.LC6@l(9)
	bl show_int
	li 9,0
	stw 9,8(31)
	b .L23
.L24:
	lwz 9,8(31)
	mulli 9,9,10
	addi 8,9,-80
	lwz 9,8(31)
	mullw 9,9,9
	lis 10,0xb216
	ori 10,10,0x42c9
	mulhw 10,9,10
	add 10,10,9
	srawi 7,10,4
	srawi 10,9,31
	subf 10,10,7
	mulli 10,10,23
	subf 10,10,9
	addi 10,10,-11
	lwz 9,8(31)
	mulli 9,9,20
	addi 7,31,8
	add 9,7,9
	addi 9,9,76
	stw 8,0(9)
	lwz 9,8(31)
	mulli 9,9,20
	addi 8,31,8
	add 9,8,9
	addi 9,9,80
	stw 10,0(9)
	lwz 10,8(31)
	lis 9,0x6666
	ori 9,9,0x6667
	mulhw 9,10,9
	srawi 8,9,1
	srawi 9,10,31
	subf 9,9,8
	mulli 9,9,5
	subf 9,9,10
	addi 8,9,-2
	lwz 9,8(31)
	lis 10,0x9249
	ori 10,10,0x2493
	mulhw 10,9,10
	add 10,10,9
	srawi 7,10,2
	srawi 10,9,31
	subf 10,10,7
	mulli 10,10,7
	subf 10,10,9
	subfic 10,10,3
	lwz 9,8(31)
	mulli 9,9,20
	addi 7,31,8
	add 9,7,9
	addi 9,9,84
	stw 8,0(9)
	lwz 9,8(31)
	mulli 9,9,20
	addi 8,31,8
	add 9,8,9
	addi 9,9,88
	stw 10,0(9)
	lwz 9,8(31)
	mulli 9,9,37
	addi 9,9,100
	mr 8,9
	lwz 9,8(31)
	mulli 9,9,20
	addi 10,31,8
	add 9,10,9
	addi 9,9,92
	sth 8,0(9)
	lwz 9,8(31)
	mulli 9,9,20
	addi 10,31,8
	add 9,10,9
	addi 9,9,94
	li 10,1
	stb 10,0(9)
	lwz 9,8(31)
	addi 9,9,97
	mr 8,9
	lwz 9,8(31)
	mulli 9,9,20
	addi 10,31,8
	add 9,10,9
	addi 9,9,95
	stb 8,0(9)
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L23:
	lwz 9,8(31)
	cmpwi 0,9,15
	ble 0,.L24
	li 9,0
	stw 9,12(31)
	b .L25
.L34:
	li 9,0
	stw 9,16(31)
	b .L26
.L33:
	addi 10,31,84
	lwz 9,16(31)
	mulli 9,9,20
	add 9,10,9
	stw 9,48(31)
	lwz 9,48(31)
	lbz 9,18(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,0
	beq 0,.L45
	lwz 30,48(31)
	addi 8,31,600
	lwz 9,48(31)
	lwz 10,0(9)
	lwz 11,4(9)
	stw 10,608(31)
	stw 11,612(31)
	lwz 9,48(31)
	lwz 10,8(9)
	lwz 11,12(9)
	stw 10,616(31)
	stw 11,620(31)
	addi 10,31,616
	addi 9,31,608
	mr 5,10
	mr 4,9
	mr 3,8
	bl add
	lwz 10,600(31)
	lwz 11,604(31)
	stw 10,0(30)
	stw 11,4(30)
	lwz 9,48(31)
	lwz 10,0(9)
	li 9,-100
	cmpw 0,10,9
	blt 0,.L29
	lwz 9,48(31)
	lwz 9,0(9)
	cmpwi 0,9,100
	ble 0,.L30
.L29:
	lwz 9,48(31)
	lwz 9,8(9)
	neg 10,9
	lwz 9,48(31)
	stw 10,8(9)
.L30:
	lwz 9,48(31)
	lwz 10,4(9)
	li 9,-50
	cmpw 0,10,9
	blt 0,.L31
	lwz 9,48(31)
	lwz 9,4(9)
	cmpwi 0,9,50
	ble 0,.L32
.L31:
	lwz 9,48(31)
	lwz 9,12(9)
	neg 10,9
	lwz 9,48(31)
	stw 10,12(9)
.L32:
	lwz 9,48(31)
	lwz 10,0(9)
	lwz 11,4(9)
	stw 10,600(31)
	stw 11,604(31)
	lwz 9,48(31)
	lwz 10,0(9)
	lwz 11,4(9)
	stw 10,608(31)
	stw 11,612(31)
	addi 10,31,608
	addi 9,31,600
	mr 4,10
	mr 3,9
	bl dot
	mr 9,3
	cmpwi 0,9,24
	bgt 0,.L28
	lwz 9,12(31)
	cmpwi 0,9,10
	ble 0,.L28
	lwz 9,48(31)
	li 10,0
	stb 10,18(9)
	b .L28
.L45:
	nop
.L28:
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L26:
	lwz 9,16(31)
	cmpwi 0,9,15
	ble 0,.L33
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L25:
	lwz 9,12(31)
	cmpwi 0,9,49
	ble 0,.L34
	addi 9,31,404
	addi 10,31,84
	li 5,16
	mr 4,10
	mr 3,9
	bl bound
	lwz 10,404(31)
	lwz 11,408(31)
	stw 10,600(31)
	stw 11,604(31)
	addi 9,31,600
	mr 4,9
	lis 9,.LC7@ha
	la 3,.LC7@l(9)
	bl show_vec
	lwz 10,412(31)
	lwz 11,416(31)
	stw 10,600(31)
	stw 11,604(31)
	addi 9,31,600
	mr 4,9
	lis 9,.LC8@ha
	la 3,.LC8@l(9)
	bl show_vec
	li 9,0
	stw 9,20(31)
	li 9,0
	stw 9,24(31)
	lis 9,.LC9@ha
	la 3,.LC9@l(9)
	bl print_str
	li 9,0
	stw 9,28(31)
	b .L35
.L37:
	lwz 9,28(31)
	mulli 9,9,20
	addi 10,31,8
	add 9,10,9
	addi 9,9,94
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,0
	beq 0,.L36
	lwz 9,20(31)
	addi 9,9,1
	stw 9,20(31)
	lwz 9,28(31)
	mulli 9,9,20
	addi 10,31,8
	add 9,10,9
	addi 9,9,92
	lhz 9,0(9)
	extsh 9,9
	lwz 10,24(31)
	add 9,10,9
	stw 9,24(31)
	li 3,32
	bl print_char
	lwz 9,28(31)
	mulli 9,9,20
	addi 10,31,8
	add 9,10,9
	addi 9,9,95
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	mr 3,9
	bl print_char
.L36:
	lwz 9,28(31)
	addi 9,9,1
	stw 9,28(31)
.L35:
	lwz 9,28(31)
	cmpwi 0,9,15
	ble 0,.L37
	bl print_nl
	lwz 4,24(31)
	lis 9,.LC10@ha
	la 3,.LC10@l(9)
	bl show_int
	li 9,0
	stw 9,32(31)
	b .L38
.L39:
	lwz 9,32(31)
	rlwinm 9,9,0,29,31
	mulli 9,9,3
	rlwinm 9,9,0,29,31
	mr 8,9
	lwz 9,32(31)
	slwi 9,9,2
	addi 10,31,8
	add 9,10,9
	addi 9,9,412
	rlwinm 10,8,0,0xff
	slwi 7,10,13
	lhz 10,0(9)
	rlwinm 10,10,0,19,31
	mr 8,10
	mr 10,7
	or 10,8,10
	sth 10,0(9)
	lwz 9,32(31)
	rlwinm 9,9,0,27,31
	mulli 9,9,11
	rlwinm 9,9,0,27,31
	mr 8,9
	lwz 9,32(31)
	slwi 9,9,2
	addi 10,31,8
	add 9,10,9
	addi 9,9,412
	rlwinm 10,8,0,0xff
	rlwinm 10,10,0,27,31
	slwi 7,10,8
	lhz 10,0(9)
	rlwinm 10,10,0,24,18
	mr 8,10
	mr 10,7
	or 10,8,10
	sth 10,0(9)
	lwz 9,32(31)
	mulli 9,9,9
	addi 9,9,-30
	slwi 9,9,2
	extsb 9,9
	srawi 9,9,2
	mr 8,9
	lwz 9,32(31)
	slwi 9,9,2
	addi 10,31,8
	add 9,10,9
	addi 9,9,412
	rlwinm 10,8,0,0xff
	rlwinm 10,10,0,26,31
	slwi 7,10,2
	lhz 10,0(9)
	rlwinm 10,10,0,30,23
	mr 8,10
	mr 10,7
	or 10,8,10
	sth 10,0(9)
	lwz 9,32(31)
	mr 10,9
	rlwinm 9,10,0,31,31
	mr 10,9
	lwz 9,32(31)
	slwi 9,9,2
	addi 8,31,8
	add 9,8,9
	addi 9,9,412
	rlwinm 10,10,0,0xff
	rlwinm 10,10,0,31,31
	slwi 7,10,1
	lhz 10,0(9)
	rlwinm 10,10,0,31,29
	mr 8,10
	mr 10,7
	or 10,8,10
	sth 10,0(9)
	lwz 9,32(31)
	addi 9,9,1
	stw 9,32(31)
.L38:
	lwz 9,32(31)
	cmpwi 0,9,7
	ble 0,.L39
	li 9,0
	stw 9,36(31)
	li 9,0
	stw 9,40(31)
	b .L40
.L41:
	lwz 9,36(31)
	mulli 10,9,3
	lwz 9,40(31)
	slwi 9,9,2
	addi 8,31,8
	add 9,8,9
	addi 9,9,412
	lwz 9,0(9)
	srwi 9,9,29
	rlwinm 9,9,0,0xff
	add 10,10,9
	lwz 9,40(31)
	slwi 9,9,2
	addi 8,31,8
	add 9,8,9
	addi 9,9,412
	lwz 9,0(9)
	srwi 9,9,24
	rlwinm 9,9,0,27,31
	rlwinm 9,9,0,0xff
	slwi 9,9,3
	add 10,10,9
	lwz 9,40(31)
	slwi 9,9,2
	addi 8,31,8
	add 9,8,9
	addi 9,9,412
	lwz 9,0(9)
	slwi 9,9,8
	srawi 9,9,26
	extsb 9,9
	slwi 9,9,8
	add 10,10,9
	lwz 9,40(31)
	slwi 9,9,2
	addi 8,31,8
	add 9,8,9
	addi 9,9,412
	lwz 9,0(9)
	srwi 9,9,17
	rlwinm 9,9,0,31,31
	rlwinm 9,9,0,0xff
	slwi 9,9,16
	add 9,10,9
	stw 9,36(31)
	lwz 9,40(31)
	addi 9,9,1
	stw 9,40(31)
.L40:
	lwz 9,40(31)
	cmpwi 0,9,7
	ble 0,.L41
	lwz 4,36(31)
	lis 9,.LC11@ha
	la 3,.LC11@l(9)
	bl show_int
	li 9,0
	stw 9,44(31)
	b .L42
.L43:
	lwz 9,44(31)
	mullw 10,9,9
	lwz 9,44(31)
	slwi 9,9,2
	addi 8,31,8
	add 9,8,9
	addi 9,9,444
	stw 10,0(9)
	lwz 9,44(31)
	addi 9,9,1
	stw 9,44(31)
.L42:
	lwz 9,44(31)
	cmpwi 0,9,8
	ble 0,.L43
	addi 9,31,452
	addi 10,9,36
	li 5,7
	lis 9,.LC12@ha
	la 4,.LC12@l(9)
	mr 3,10
	bl memcpy
	addi 30,31,496
	addi 9,31,624
	addi 10,31,452
	li 8,44
	mr 5,8
	mr 4,10
	mr 3,9
	bl memcpy
	addi 9,31,624
	mr 4,9
	mr 3,30
	bl rev
	addi 9,31,540
	addi 10,31,496
	li 8,44
	mr 5,8
	mr 4,10
	mr 3,9
	bl memcpy
	addi 9,31,540
	addi 9,9,36
	mr 3,9
	bl print_str
	li 3,32
	bl print_char
	lwz 9,540(31)
	mr 3,9
	bl print_int
	li 3,32
	bl print_char
	lwz 9,572(31)
	mr 3,9
	bl print_int
	bl print_nl
	lis 9,0x1122
	ori 9,9,0x3344
	stw 9,584(31)
	lhz 9,584(31)
	rlwinm 9,9,0,0xffff
	slwi 10,9,16
	lhz 9,586(31)
	rlwinm 9,9,0,0xffff
	or 9,10,9
	mr 4,9
	lis 9,.LC13@ha
	la 3,.LC13@l(9)
	bl show_hex
	lbz 9,587(31)
	rlwinm 9,9,0,0xff
	slwi 10,9,24
	lbz 9,586(31)
	rlwinm 9,9,0,0xff
	slwi 9,9,16
	or 10,10,9
	lbz 9,585(31)
	rlwinm 9,9,0,0xff
	slwi 9,9,8
	or 10,10,9
	lbz 9,584(31)
	rlwinm 9,9,0,0xff
	or 9,10,9
	mr 4,9
	lis 9,.LC14@ha
	la 3,.LC14@l(9)
	bl show_hex
	lwz 9,20(31)
	slwi 10,9,2
	lwz 8,456(31)
	lwz 9,500(31)
	xor 9,8,9
	addic 8,9,-1
	subfe 9,8,9
	rlwinm 9,9,0,0xff
	add 9,10,9
	mr 3,9
	addi 11,31,688
	lwz 0,4(11)
	mtlr 0
	lwz 30,-8(11)
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_restore 30
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE6:
	.size	main,.-main
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.gnu_attribute 12, 2
	.section	.note.GNU-stack,"",@progbits
