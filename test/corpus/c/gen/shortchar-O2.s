	.file	"shortchar.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	wrap_add, @function
wrap_add:
.LFB1:
	.cfi_startproc
	add 3,3,4
	extsh 3,3
	blr
	.cfi_endproc
.LFE1:
	.size	wrap_add,.-wrap_add
	.align 2
	.type	wrap_mul, @function
wrap_mul:
.LFB2:
	.cfi_startproc
	mullw 3,3,4
	extsb 3,3
	blr
	.cfi_endproc
.LFE2:
	.size	wrap_mul,.-wrap_mul
	.align 2
	.type	avg_u8, @function
avg_u8:
.LFB3:
	.cfi_startproc
	add 3,3,4
	addi 3,3,1
	rlwinm 3,3,31,24,31
	blr
	.cfi_endproc
.LFE3:
	.size	avg_u8,.-avg_u8
	.align 2
	.type	sx8, @function
sx8:
.LFB4:
	.cfi_startproc
	extsb 3,3
	blr
	.cfi_endproc
.LFE4:
	.size	sx8,.-sx8
	.align 2
	.type	zx16.constprop.0, @function
zx16.constprop.0:
.LFB9:
	.cfi_startproc
	li 3,0
	ori 3,3,0xfffe
	blr
	.cfi_endproc
.LFE9:
	.size	zx16.constprop.0,.-zx16.constprop.0
	.align 2
	.type	zx8.constprop.0, @function
zx8.constprop.0:
.LFB10:
	.cfi_startproc
	li 3,255
	blr
	.cfi_endproc
.LFE10:
	.size	zx8.constprop.0,.-zx8.constprop.0
	.align 2
	.type	sx16.constprop.0, @function
sx16.constprop.0:
.LFB11:
	.cfi_startproc
	li 3,-32768
	blr
	.cfi_endproc
.LFE11:
	.size	sx16.constprop.0,.-sx16.constprop.0
	.align 2
	.type	dot16.constprop.0, @function
dot16.constprop.0:
.LFB12:
	.cfi_startproc
	li 9,24
	addi 10,3,-2
	addi 4,4,-2
	li 3,0
	mtctr 9
.L10:
	lhau 9,2(10)
	lhau 8,2(4)
	mullw 9,9,8
	srawi 9,9,2
	add 3,3,9
	bdnz .L10
	blr
	.cfi_endproc
.LFE12:
	.size	dot16.constprop.0,.-dot16.constprop.0
	.section	.rodata.str1.4,"aMS",@progbits,1
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
	.section	.text.startup,"ax",@progbits
	.align 2
	.globl main
	.type	main, @function
main:
.LFB8:
	.cfi_startproc
	stwu 1,-144(1)
	.cfi_def_cfa_offset 144
	mflr 0
	lis 3,0x45e7
	li 7,-14000
	ori 3,3,0xb273
	li 8,0
	stw 0,148(1)
	addi 5,1,54
	stw 27,124(1)
	addi 6,1,6
	stw 28,128(1)
	stw 29,132(1)
	stw 30,136(1)
	stw 31,140(1)
	.cfi_offset 65, 4
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
.L14:
	mullw 10,8,8
	addi 9,7,1234
	rlwinm 4,9,0,0xffff
	sthu 7,2(5)
	mr 7,9
	cmpwi 0,4,15616
	mulli 10,10,97
	addi 8,8,1
	mulhwu 9,10,3
	srwi 9,9,13
	mulli 9,9,30000
	subf 9,9,10
	addi 9,9,-15000
	sthu 9,2(6)
	bne+ 0,.L14
	addi 4,1,8
	addi 3,1,56
	bl dot16.constprop.0
	lis 31,0xffff
	mr 4,3
	lis 3,.LC0@ha
	la 3,.LC0@l(3)
	li 27,0
	bl show_int
	ori 31,31,0x63c0
	ori 27,27,0xa043
	li 29,11072
	li 28,0
.L15:
	extsh 4,29
	extsh 3,31
	bl wrap_add
	srawi 4,31,3
	mr 30,3
	extsb 4,4
	extsb 3,31
	mulli 28,28,7
	bl wrap_mul
	rlwinm 4,31,28,24,31
	mr 9,3
	rlwinm 3,31,0,0xff
	addi 31,31,3001
	add 30,30,9
	bl avg_u8
	addi 29,29,9003
	cmpw 0,31,27
	add 3,3,30
	add 28,3,28
	bne+ 0,.L15
	lis 3,.LC1@ha
	mr 4,28
	la 3,.LC1@l(3)
	addi 30,1,103
	bl show_hex
	li 3,128
	bl sx8
	li 31,6
	mr 4,3
	lis 3,.LC2@ha
	la 3,.LC2@l(3)
	bl show_int
	li 3,383
	bl sx8
	mr 4,3
	lis 3,.LC3@ha
	la 3,.LC3@l(3)
	bl show_int
	bl sx16.constprop.0
	mr 4,3
	lis 3,.LC4@ha
	la 3,.LC4@l(3)
	bl show_int
	bl zx8.constprop.0
	mr 4,3
	lis 3,.LC5@ha
	la 3,.LC5@l(3)
	bl show_int
	bl zx16.constprop.0
	mr 4,3
	lis 3,.LC6@ha
	la 3,.LC6@l(3)
	bl show_int
	lis 9,0x717e
	lis 3,.LC7@ha
	ori 9,9,0x8b98
	li 10,-23118
	la 3,.LC7@l(3)
	stw 9,104(1)
	sth 10,108(1)
	bl print_str
.L16:
	li 3,32
	addi 29,30,1
	bl print_char
	lbz 3,1(30)
	addi 31,31,-1
	addi 30,30,2
	extsb 3,3
	bl print_int
	li 3,32
	bl print_char
	lbz 3,1(29)
	extsb 3,3
	bl print_int
	addic. 31,31,-1
	bne+ 0,.L16
	bl print_nl
	lis 31,.LANCHOR0@ha
	lis 3,.LC8@ha
	li 4,22
	la 3,.LC8@l(3)
	la 31,.LANCHOR0@l(31)
	bl show_int
	li 30,0
	addi 29,31,-1
.L17:
	li 8,8
	mr 4,30
	slwi 10,30,3
	mr 6,29
	li 9,0
	mtctr 8
.L18:
	addi 7,10,16
	add 8,9,4
	xor 11,9,10
	xor 3,8,7
	stb 11,1(6)
	addi 10,10,32
	stb 3,2(6)
	add 9,8,4
	addi 6,6,2
	bdnz .L18
	addi 30,30,1
	addi 29,29,16
	cmpwi 0,30,16
	bne+ 0,.L17
	lis 30,.LANCHOR1@ha
	addi 12,31,272
	la 30,.LANCHOR1@l(30)
	addi 28,31,16
	addi 11,30,9
	li 29,0
	li 4,0
.L19:
	li 3,1
	addi 0,28,-16
.L26:
	add 5,0,3
	mr 6,30
	li 7,0
.L24:
	li 10,-1
.L20:
	lbzx 8,5,10
	addi 10,10,1
	lbzx 9,6,10
	cmpwi 0,10,2
	extsb 8,8
	extsb 9,9
	mullw 9,9,8
	srawi 9,9,5
	add 7,7,9
	bne+ 0,.L20
	addi 6,6,3
	addi 5,5,16
	cmplw 0,6,11
	bne+ 0,.L24
	addic. 7,7,128
	blt- 0,.L28
	cmpwi 0,7,255
	mr 9,7
	ble- 0,.L22
	li 7,255
	li 9,-1
.L22:
	stbx 9,12,3
	addi 3,3,1
	mulli 4,4,31
	cmpwi 0,3,15
	add 4,4,7
	bne+ 0,.L26
	addi 29,29,16
	addi 12,12,16
	cmplwi 0,29,224
	addi 28,28,16
	bne+ 0,.L19
	lis 3,.LC9@ha
	addi 30,31,384
	la 3,.LC9@l(3)
	addi 28,31,398
	bl show_hex
	lis 3,.LC10@ha
	la 3,.LC10@l(3)
	bl print_str
.L27:
	li 3,32
	addi 29,30,1
	bl print_char
	lbz 3,1(30)
	addi 30,30,2
	bl print_int
	li 3,32
	bl print_char
	lbz 3,1(29)
	bl print_int
	cmplw 0,28,30
	bne+ 0,.L27
	bl print_nl
	lbz 3,392(31)
	lwz 0,148(1)
	lwz 27,124(1)
	lwz 28,128(1)
	srwi 3,3,1
	lwz 29,132(1)
	mtlr 0
	.cfi_remember_state
	.cfi_restore 65
	lwz 30,136(1)
	lwz 31,140(1)
	addi 1,1,144
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_def_cfa_offset 0
	blr
.L28:
	.cfi_restore_state
	li 7,0
	li 9,0
	b .L22
	.cfi_endproc
.LFE8:
	.size	main,.-main
	.section	.rodata
	.align 2
	.set	.LANCHOR1,. + 0
	.type	k.0, @object
	.size	k.0, 9
k.0:
	.string	""
	.string	"\340"
	.ascii	"\340\177\340"
	.string	""
	.string	"\340"
	.section	".bss"
	.align 2
	.set	.LANCHOR0,. + 0
	.type	img, @object
	.size	img, 256
img:
	.zero	256
	.type	out, @object
	.size	out, 256
out:
	.zero	256
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
